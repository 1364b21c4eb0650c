using System.Collections.Immutable;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// Every rule that concerns one job type. The Arize rules and advice come from the rule engine that
    /// <c>TableImportJobDefinition.Validate()</c> also runs; what is left here are the C# rules, which only a type has
    /// (its shape, its members' types and readability, prefixes on marked members). Rules that need the whole
    /// compilation (TI0019) or a type without <c>[TableImportJob]</c> (TI0020) live in the analyzer.
    /// </summary>
    internal static partial class JobRules
    {
        public static ImmutableArray<DiagnosticInfo> Evaluate(JobModel model)
        {
            var context = new RuleContext(model);
            CheckShape(context);
            foreach (var violation in RuleEngine.Evaluate(ModelFacts.Of(model)))
            {
                context.Report(violation);
            }

            CheckMembers(context);
            CheckDuplicateRoles(context);
            return context.Results.ToImmutable();
        }

        /// <summary>What makes two job types the same Arize job (TI0019), or null when the job is too incomplete to have one.</summary>
        public static TableImportJobIdentity? IdentityOf(JobModel model) => TableImportJobIdentity.Of(ModelFacts.Of(model));

        private static void CheckShape(RuleContext c)
        {
            // A containing type that is not partial is reported by the analyzer on that type's own symbol, so that the
            // diagnostic is local to the declaration it asks to change (and the IDE can offer the fix there).
            var type = c.Model.Type;
            if (!type.IsPartial)
            {
                c.Report(RuleIds.JobTypeNotPartial, type.Location, type.Name, type.DisplayName);
            }

            if (type.IsGeneric)
            {
                c.Report(RuleIds.JobTypeGeneric, type.Location, type.DisplayName);
            }
        }
    }
}
