using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using TableImport.Rules;
using TableImport.SourceGeneration.Diagnostics;

namespace TableImport.CodeFixes
{
    /// <summary>
    /// TI0023 on a decimal: declares its precision with the DataAnnotations <c>[Column(TypeName = "decimal(18, 2)")]</c>,
    /// the attribute EF Core users already put there, so <c>CreateTableSql</c> declares <c>DECIMAL(18,2)</c>. An existing
    /// <c>[Column]</c> gets the <c>TypeName</c> (a second one would not compile); otherwise one is added, with the
    /// <c>using System.ComponentModel.DataAnnotations.Schema;</c> it needs.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDecimalPrecisionCodeFixProvider)), Shared]
    public sealed class AddDecimalPrecisionCodeFixProvider : CodeFixProvider
    {
        private const string SchemaNamespace = "System.ComponentModel.DataAnnotations.Schema";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.NoWarehouseColumnType);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                // Only the analyzer's decimal case carries a type name: TimeSpan, char, ... have no attribute that helps.
                if (AttributeSyntaxEdits.TargetOf(context, diagnostic, DiagnosticProperties.ColumnTypeName) is not (var document, var target, var typeName))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare the precision: [Column(TypeName = \"{typeName}\")]",
                        token => DeclareAsync(document, target, typeName, token),
                        RuleIds.NoWarehouseColumnType),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> DeclareAsync(Document document, Location target, string typeName, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || AttributeSyntaxEdits.MemberAt(root, target) is not { } member)
            {
                return document;
            }

            var typeNameArgument = SyntaxFactory.AttributeArgument(
                SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName("TypeName")),
                null,
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(typeName)));

            var existing = member.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(a => IsDataAnnotationsColumn(a, model, cancellationToken));
            if (existing is not null)
            {
                var arguments = existing.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
                var old = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "TypeName");
                var updated = old is null
                    ? existing.WithArgumentList(arguments.AddArguments(typeNameArgument))
                    : existing.ReplaceNode(old.Expression, typeNameArgument.Expression.WithTriviaFrom(old.Expression));
                return document.WithSyntaxRoot(root.ReplaceNode(existing, updated));
            }

            // Written fully qualified and simplified once the using is there, so it binds even beside another Column attribute.
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName("global::" + SchemaNamespace + ".Column").WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(typeNameArgument)));
            var newRoot = root.ReplaceNode(member, AttributeSyntaxEdits.AddAttribute(member, attribute));
            return document.WithSyntaxRoot(newRoot is CompilationUnitSyntax unit ? WithUsing(unit) : newRoot);
        }

        private static bool IsDataAnnotationsColumn(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
            => AttributeSyntaxEdits.IsNamed(attribute, "Column")
               && model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString() == SchemaNamespace + ".ColumnAttribute";

        // The using goes among the file's own, in order (System ones first, as the IDE sorts them), unless it is there already.
        private static CompilationUnitSyntax WithUsing(CompilationUnitSyntax unit)
        {
            var all = unit.Usings.Concat(unit.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Usings));
            if (all.Any(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == SchemaNamespace))
            {
                return unit;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(SchemaNamespace)).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
            var index = 0;
            while (index < unit.Usings.Count && Precedes(unit.Usings[index], SchemaNamespace))
            {
                index++;
            }

            if (unit.Usings.Count > 0)
            {
                directive = directive.WithTrailingTrivia(unit.Usings[System.Math.Min(index, unit.Usings.Count - 1)].GetTrailingTrivia());
            }

            if (index == 0 && unit.Usings.Count > 0)
            {
                // Taking the first place, it takes the file's leading trivia (a header comment) with it.
                var first = unit.Usings[0];
                directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
                unit = unit.ReplaceNode(first, first.WithLeadingTrivia());
            }

            return unit.WithUsings(unit.Usings.Insert(index, directive));
        }

        private static bool Precedes(UsingDirectiveSyntax existing, string name)
        {
            if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null)
            {
                return false;
            }

            var text = existing.Name.ToString();
            var existingIsSystem = text == "System" || text.StartsWith("System.", System.StringComparison.Ordinal);
            return existingIsSystem && string.CompareOrdinal(text, name) < 0;
        }
    }
}
