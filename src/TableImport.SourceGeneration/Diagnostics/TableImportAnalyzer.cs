using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TableImport.SourceGeneration.Model;
using TableImport.SourceGeneration.Parsing;

namespace TableImport.SourceGeneration.Diagnostics
{
    /// <summary>
    /// Reports the TI rules. Each job type is parsed once by the same parser the generator uses and judged by
    /// <see cref="JobRules"/>; diagnostics come from here rather than from the generator so that <c>#pragma</c> and
    /// <c>.editorconfig</c> suppression work and the IDE can run them separately from generation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TableImportAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            // Nothing to do in a compilation that cannot see our attributes.
            if (context.Compilation.GetTypeByMetadataName(KnownAttributes.TableImportJobMetadataName) is null)
            {
                return;
            }

            var compilation = context.Compilation;
            var trees = new Lazy<Dictionary<string, SyntaxTree>>(() => IndexTrees(compilation));
            var identities = new ConcurrentBag<(TableImportJobIdentity Identity, string TypeName, LocationInfo? Location)>();

            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    if (!IsJobType(type))
                    {
                        ReportRolesOutsideJobType(symbolContext, type);
                        ReportContainerNotPartial(symbolContext, type);
                        return;
                    }

                    var model = JobParser.Parse(type, forDiagnostics: true, symbolContext.CancellationToken);
                    foreach (var info in JobRules.Evaluate(model))
                    {
                        symbolContext.ReportDiagnostic(info.ToDiagnostic(location => Resolve(trees.Value, location)));
                    }

                    if (JobRules.IdentityOf(model) is { } identity)
                    {
                        identities.Add((identity, model.Type.DisplayName, model.Type.Location));
                    }
                },
                SymbolKind.NamedType);

            // TI0019: the identity is the one the registrar tells jobs apart by, so a collision here is one there.
            context.RegisterCompilationEndAction(endContext =>
            {
                foreach (var group in identities.GroupBy(i => i.Identity).Where(g => g.Count() > 1))
                {
                    var jobs = group.OrderBy(j => j.TypeName, System.StringComparer.Ordinal).ToList();
                    for (var i = 0; i < jobs.Count; i++)
                    {
                        var other = jobs[i == 0 ? 1 : 0];
                        var location = jobs[i].Location is { } info ? Resolve(trees.Value, info) : Location.None;
                        endContext.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.DuplicateJob,
                            location,
                            jobs[i].Identity.CollisionMessage("Job type '" + jobs[i].TypeName + "'", "'" + other.TypeName + "'")));
                    }
                }
            });
        }

        private static bool IsJobType(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (KnownAttributes.OursOrNull(attribute) == KnownAttributes.TableImportJob)
                {
                    return true;
                }
            }

            return false;
        }

        // TI0001 for a type that is not a job itself but contains one: the generator re-declares it around the job.
        private static void ReportContainerNotPartial(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            if (type.GetTypeMembers().Length == 0 || IsPartial(type, context.CancellationToken) || FindNestedJob(type) is not { } job)
            {
                return;
            }

            foreach (var location in type.Locations)
            {
                if (location.IsInSource)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.JobTypeNotPartial, location, type.Name, job.ToDisplayString()));
                    return;
                }
            }
        }

        private static INamedTypeSymbol? FindNestedJob(INamedTypeSymbol type)
        {
            foreach (var nested in type.GetTypeMembers())
            {
                if (IsJobType(nested))
                {
                    return nested;
                }

                if (FindNestedJob(nested) is { } deeper)
                {
                    return deeper;
                }
            }

            return null;
        }

        private static bool IsPartial(INamedTypeSymbol type, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration
                    && !declaration.Modifiers.Any(token => token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword)))
                {
                    return false;
                }
            }

            return true;
        }

        // TI0020. An abstract type is left alone: its roles are inherited by the job types that derive from it.
        private static void ReportRolesOutsideJobType(SymbolAnalysisContext context, INamedTypeSymbol type)
        {
            if (type.IsAbstract || type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is not (IPropertySymbol or IFieldSymbol))
                {
                    continue;
                }

                foreach (var attribute in member.GetAttributes())
                {
                    if (KnownAttributes.OursOrNull(attribute) is { } name
                        && KnownAttributes.TryGetRole(name, out var role)
                        && attribute.ApplicationSyntaxReference is { } reference)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            DiagnosticDescriptors.RoleOutsideJobType,
                            Location.Create(reference.SyntaxTree, reference.Span),
                            role.ToString(),
                            member.Name,
                            type.ToDisplayString()));
                    }
                }
            }
        }

        private static Dictionary<string, SyntaxTree> IndexTrees(Compilation compilation)
        {
            var map = new Dictionary<string, SyntaxTree>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                map[tree.FilePath] = tree;
            }

            return map;
        }

        private static Location Resolve(Dictionary<string, SyntaxTree> trees, LocationInfo info)
            => trees.TryGetValue(info.FilePath, out var tree) ? Location.Create(tree, info.Span) : info.ToLocation();
    }
}
