using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TableImport.SourceGeneration.Emitting;
using TableImport.SourceGeneration.Model;
using TableImport.SourceGeneration.Parsing;

namespace TableImport.SourceGeneration
{
    /// <summary>
    /// Gives every <c>[TableImportJob]</c> type its <c>TableImportJob</c> definition and <c>Columns</c> constants, and
    /// each assembly its <c>TableImport.Generated.TableImportJobs</c> list. It reports nothing: the analyzers judge the
    /// same model, and a job with errors is still emitted so that the TI diagnostics are the only errors a user sees.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TableImportGenerator : IIncrementalGenerator
    {
        /// <summary>Names of the pipeline steps, so tests can check what was cached.</summary>
        internal static class TrackingNames
        {
            public const string Jobs = "TableImportJobs";
            public const string Facts = "CompilationFacts";
            public const string JobsWithFacts = "TableImportJobsWithFacts";
            public const string ListedJobs = "ListedJobs";
            public const string AllJobs = "AllJobs";
        }

        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var jobs = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    KnownAttributes.TableImportJobMetadataName,
                    static (node, _) => node is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax,
                    static (attributeContext, cancellationToken) => ReadTarget(attributeContext, cancellationToken))
                .Where(static target => target is not null)
                .Select(static (target, _) => target!)
                .WithTrackingName(TrackingNames.Jobs);

            // Select to plain values: the compilation changes on every keystroke, these facts almost never do.
            var facts = context.CompilationProvider
                .Select(static (compilation, _) => ReadFacts(compilation))
                .WithTrackingName(TrackingNames.Facts);

            var columns = context.AnalyzerConfigOptionsProvider.Select(static (options, _) => ReadColumnsOption(options.GlobalOptions));
            var fileOptions = facts
                .Combine(columns)
                .Select(static (pair, _) => new JobFileOptions(pair.Left.SupportsNullable, pair.Right));
            context.RegisterSourceOutput(
                jobs.Combine(fileOptions).WithTrackingName(TrackingNames.JobsWithFacts),
                static (output, pair) => output.AddSource(
                    CSharpText.SafeHintName(pair.Left.Model.Type.HintName, pair.Left.Model.Type.FullyQualifiedName),
                    Emitter.EmitJob(pair.Left, pair.Right)));

            // The list sees only names, so editing a job's members leaves it cached.
            var listed = jobs
                .Where(static target => IsListable(target.Model.Type) && !target.ObsoleteAsError)
                .Select(static (target, _) => new ListedJob(target.Model.Type.DisplayName, target.Model.Type.FullyQualifiedName))
                .WithTrackingName(TrackingNames.ListedJobs)
                .Collect()
                .Select(static (items, _) => items
                    .Distinct()
                    .OrderBy(static item => item.DisplayName, StringComparer.Ordinal)
                    .ThenBy(static item => item.FullyQualifiedName, StringComparer.Ordinal)
                    .ToEquatableArray());

            context.RegisterSourceOutput(
                listed.Combine(facts).WithTrackingName(TrackingNames.AllJobs),
                static (output, pair) =>
                {
                    // An assembly without jobs gets no TableImportJobs class, so that libraries referencing the package
                    // for its types alone do not each add one more class of the same full name.
                    if (pair.Left.Count > 0)
                    {
                        output.AddSource(Emitter.AllJobsHintName, Emitter.EmitAllJobs(pair.Left, pair.Right));
                    }
                });
        }

        private static JobTarget? ReadTarget(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type
                || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
                || !IsFirstJobDeclaration(type, context.TargetNode))
            {
                return null;
            }

            // Locations are for the analyzer; kept here they would make every edit above a job rewrite its file.
            var syntax = new DeclarationReader(context.SemanticModel, type);
            var model = JobParser.Parse(type, forDiagnostics: false, cancellationToken, syntax);

            // Writing 'partial' into a type that is not partial would only add CS0260 to TI0001.
            if (!model.Type.IsPartial || model.Type.ContainingTypes.Any(static c => !c.IsPartial))
            {
                return null;
            }

            return new JobTarget(
                model,
                BaseHas(type, "TableImportJob"),
                BaseHas(type, "Columns"),
                IsObsoleteAsError(type),
                // Read from the declaration where it can be: asking the symbol would build every member of the type.
                syntax.Declares("Columns") ?? type.GetMembers("Columns").Length > 0,
                BaseHas(type, "CreateTableSql"),
                syntax.Declares("CreateTableSql") ?? type.GetMembers("CreateTableSql").Length > 0);
        }

        // [TableImportJob] written on two partial declarations (CS0579) reaches us twice; one file per type.
        private static bool IsFirstJobDeclaration(INamedTypeSymbol type, SyntaxNode targetNode)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (KnownAttributes.OursOrNull(attribute) == KnownAttributes.TableImportJob)
                {
                    var reference = attribute.ApplicationSyntaxReference;
                    return reference is null
                           || (reference.SyntaxTree == targetNode.SyntaxTree && targetNode.Span.Contains(reference.Span));
                }
            }

            return true;
        }

        // A base job type has (or will be given) the same two members; ours must say 'new' or get CS0108.
        private static bool BaseHas(INamedTypeSymbol type, string memberName)
        {
            for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                if (current.GetMembers(memberName).Any(static m => m.DeclaredAccessibility != Accessibility.Private))
                {
                    return true;
                }

                if (current.DeclaringSyntaxReferences.Length > 0
                    && current.GetAttributes().Any(static a => KnownAttributes.OursOrNull(a) == KnownAttributes.TableImportJob)
                    && WillBeGenerated(current))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool WillBeGenerated(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var reference in current.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        // [Obsolete(..., error: true)] on the type or a container: naming it from the list would be CS0619.
        private static bool IsObsoleteAsError(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                foreach (var attribute in current.GetAttributes())
                {
                    if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }
                        && attribute.ConstructorArguments.Length > 1
                        && attribute.ConstructorArguments[1].Value is true)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // A generic type cannot be named without type arguments, and an inaccessible one not at all.
        private static bool IsListable(TypeShape type) => type.IsAccessibleFromAssembly && !type.IsGeneric;

        /// <summary>The MSBuild property <c>TableImportGenerateColumns</c> (the package's props make it visible): anything but false keeps them.</summary>
        internal static bool ReadColumnsOption(AnalyzerConfigOptions options)
            => !(options.TryGetValue("build_property." + ColumnsProperty, out var value)
                 && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));

        /// <summary>The MSBuild property that turns the <c>Columns</c> constants off.</summary>
        internal const string ColumnsProperty = "TableImportGenerateColumns";

        private static CompilationFacts ReadFacts(Compilation compilation)
        {
            var version = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
            var initializer = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute");
            var hasInitializer = initializer is not null && compilation.IsSymbolAccessibleWithin(initializer, compilation.Assembly);
            return new CompilationFacts(
                compilation.AssemblyName ?? "",
                version >= LanguageVersion.CSharp8,
                version >= LanguageVersion.CSharp9 && hasInitializer);
        }
    }
}
