using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace TableImport.CodeFixes
{
    /// <summary>Attribute edits shared by the fixes, written so the user's layout and comments survive them.</summary>
    internal static class AttributeSyntaxEdits
    {
        /// <summary>
        /// The member a diagnostic points at (its first additional location, in whichever document holds it) and the value
        /// the analyzer put in <paramref name="property"/>; null when either is missing, so the fix is not offered.
        /// </summary>
        public static (Document Document, Location Target, string Value)? TargetOf(CodeFixContext context, Diagnostic diagnostic, string property)
        {
            if (!diagnostic.Properties.TryGetValue(property, out var value) || string.IsNullOrEmpty(value)
                || diagnostic.AdditionalLocations.Count == 0
                || context.Document.Project.Solution.GetDocument(diagnostic.AdditionalLocations[0].SourceTree) is not { } document)
            {
                return null;
            }

            return (document, diagnostic.AdditionalLocations[0], value!);
        }

        /// <summary>The property or field whose identifier the location points at.</summary>
        public static MemberDeclarationSyntax? MemberAt(SyntaxNode root, Location location)
            => root.FindToken(location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MemberDeclarationSyntax>();

        /// <summary>
        /// Puts <c>[Name(arguments)]</c> on a line of its own above the member. The name is written fully qualified and
        /// simplified afterwards, so it binds whether or not the file imports <c>TableImport</c>.
        /// </summary>
        public static MemberDeclarationSyntax AddAttribute(MemberDeclarationSyntax member, string name, AttributeArgumentListSyntax? arguments = null)
            => AddAttribute(member, SyntaxFactory.Attribute(SyntaxFactory.ParseName("global::TableImport." + name).WithAdditionalAnnotations(Simplifier.Annotation), arguments));

        /// <summary>Puts <paramref name="attribute"/> in a list of its own on a line of its own above the member.</summary>
        public static MemberDeclarationSyntax AddAttribute(MemberDeclarationSyntax member, AttributeSyntax attribute)
        {
            var first = member.GetFirstToken();
            var leading = first.LeadingTrivia;
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute))
                .WithLeadingTrivia(leading)
                .WithTrailingTrivia(EndOfLine(member));
            var stripped = member.ReplaceToken(first, first.WithLeadingTrivia(Indentation(leading)));
            return stripped.WithAttributeLists(stripped.AttributeLists.Insert(0, list));
        }

        /// <summary>Removes one attribute: its list too when it is the only one there, keeping the member's comments and indentation.</summary>
        public static SyntaxNode RemoveAttribute(SyntaxNode root, AttributeSyntax attribute)
        {
            if (attribute.Parent is not AttributeListSyntax list)
            {
                return root;
            }

            if (list.Attributes.Count > 1)
            {
                return root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
            }

            if (list.Parent is MemberDeclarationSyntax member)
            {
                var wasFirst = member.AttributeLists.IndexOf(list) == 0;
                var updated = member.WithAttributeLists(member.AttributeLists.Remove(list));
                if (wasFirst)
                {
                    var first = updated.GetFirstToken();
                    updated = updated.ReplaceToken(first, first.WithLeadingTrivia(list.GetLeadingTrivia()));
                }

                return root.ReplaceNode(member, updated);
            }

            return root.RemoveNode(list, SyntaxRemoveOptions.KeepExteriorTrivia) ?? root;
        }

        /// <summary>True when the attribute is written as <c>ColumnName</c>, <c>ColumnNameAttribute</c> or qualified.</summary>
        public static bool IsNamed(AttributeSyntax attribute, string name)
        {
            var simple = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax plain => plain.Identifier.ValueText,
                _ => "",
            };
            return simple == name || simple == name + "Attribute";
        }

        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var last = leading.LastOrDefault();
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(last) : SyntaxFactory.TriviaList();
        }

        private static SyntaxTrivia EndOfLine(SyntaxNode node)
        {
            var existing = node.SyntaxTree.GetRoot().DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            return existing.IsKind(SyntaxKind.EndOfLineTrivia) ? existing : SyntaxFactory.LineFeed;
        }
    }
}
