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
using TableImport.Rules;
using TableImport.SourceGeneration.Diagnostics;

namespace TableImport.CodeFixes
{
    /// <summary>
    /// TI0013: gives a feature or tag member the prefixed column name the analyzer computed. An existing
    /// <c>[ColumnName]</c> gets the new name; otherwise one is added, which also leaves a DataAnnotations
    /// <c>[Column]</c> (and so the ORM's mapping) untouched.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddColumnNameCodeFixProvider)), Shared]
    public sealed class AddColumnNameCodeFixProvider : CodeFixProvider
    {
        private const string ColumnName = "ColumnName";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.ColumnMissingPrefix);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (AttributeSyntaxEdits.TargetOf(context, diagnostic, DiagnosticProperties.ColumnName) is not (var document, var target, var column))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use column name '{column}'",
                        token => RenameAsync(document, target, column, token),
                        RuleIds.ColumnMissingPrefix),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document> RenameAsync(Document document, Location target, string column, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || AttributeSyntaxEdits.MemberAt(root, target) is not { } member)
            {
                return document;
            }

            var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(column));
            var existing = member.AttributeLists
                .SelectMany(list => list.Attributes)
                .FirstOrDefault(a => AttributeSyntaxEdits.IsNamed(a, ColumnName) && a.ArgumentList?.Arguments.Count > 0);
            if (existing?.ArgumentList is { } arguments)
            {
                var argument = arguments.Arguments[0];
                return document.WithSyntaxRoot(root.ReplaceNode(argument.Expression, literal.WithTriviaFrom(argument.Expression)));
            }

            var newArguments = SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(literal)));
            return document.WithSyntaxRoot(root.ReplaceNode(member, AttributeSyntaxEdits.AddAttribute(member, ColumnName, newArguments)));
        }
    }
}
