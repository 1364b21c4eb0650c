using System.Collections.Immutable;
using System.Composition;
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
    /// <summary>TI0001: adds <c>partial</c> to the job type, or to the containing type the diagnostic points at.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFixProvider)), Shared]
    public sealed class AddPartialCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = RuleIds.JobTypeNotPartial;

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.JobTypeNotPartial);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is TypeDeclarationSyntax declaration)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Make '{declaration.Identifier.ValueText}' partial",
                            token => AddPartialAsync(context.Document, declaration, token),
                            EquivalenceKey),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> AddPartialAsync(Document document, TypeDeclarationSyntax declaration, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return document;
            }

            TypeDeclarationSyntax updated;
            if (declaration.Modifiers.Count == 0)
            {
                // The keyword carries the declaration's leading trivia; hand it to 'partial', which now comes first.
                var keyword = declaration.Keyword;
                var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
                updated = declaration
                    .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                    .WithModifiers(SyntaxFactory.TokenList(partial));
            }
            else
            {
                updated = declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
            }

            return document.WithSyntaxRoot(root.ReplaceNode(declaration, updated));
        }
    }
}
