using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using TableImport.Rules;
using TableImport.SourceGeneration.Diagnostics;

namespace TableImport.CodeFixes
{
    /// <summary>
    /// TI0003, TI0004, TI0005: marks the member the analyzer picked with the missing role. TI0014: marks an unmarked
    /// prefixed member as the feature or tag it will be ingested as, or leaves it out with <c>[NotImported]</c>.
    /// The analyzer names the member and the attribute in the diagnostic's properties and points at the member with
    /// its first additional location; no property means there is no single obvious member, and no fix is offered.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MarkMemberCodeFixProvider)), Shared]
    public sealed class MarkMemberCodeFixProvider : CodeFixProvider
    {
        private const string NotImported = "NotImported";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(
            RuleIds.MissingPredictionId,
            RuleIds.MissingChangeTimestamp,
            RuleIds.MissingPredictionTimestamp,
            RuleIds.UnmarkedPrefixedColumn);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Attribute, out var attribute) || attribute is null
                    || !diagnostic.Properties.TryGetValue(DiagnosticProperties.MemberName, out var member) || member is null
                    || diagnostic.AdditionalLocations.Count == 0)
                {
                    continue;
                }

                var target = diagnostic.AdditionalLocations[0];
                var isPrefixRule = diagnostic.Id == RuleIds.UnmarkedPrefixedColumn;
                Register(context, diagnostic, target, attribute, $"Mark '{member}' as [{attribute}]",
                    isPrefixRule ? diagnostic.Id + ":Role" : diagnostic.Id);
                if (isPrefixRule)
                {
                    Register(context, diagnostic, target, NotImported, $"Leave '{member}' out with [{NotImported}]", diagnostic.Id + ":" + NotImported);
                }
            }

            return Task.CompletedTask;
        }

        private static void Register(CodeFixContext context, Diagnostic diagnostic, Location target, string attribute, string title, string equivalenceKey)
        {
            var document = context.Document.Project.Solution.GetDocument(target.SourceTree);
            if (document is null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(title, token => MarkAsync(document, target, attribute, token), equivalenceKey),
                diagnostic);
        }

        private static async Task<Document> MarkAsync(Document document, Location target, string attribute, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || AttributeSyntaxEdits.MemberAt(root, target) is not { } member)
            {
                return document;
            }

            return document.WithSyntaxRoot(root.ReplaceNode(member, AttributeSyntaxEdits.AddAttribute(member, attribute)));
        }
    }
}
