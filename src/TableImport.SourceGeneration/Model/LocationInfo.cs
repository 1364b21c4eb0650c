using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TableImport.SourceGeneration.Model
{
    /// <summary>
    /// A source location reduced to plain values: a <see cref="Location"/> holds its syntax tree and through it the
    /// compilation, which would keep every old compilation alive in the incremental cache.
    /// </summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

        public static LocationInfo? From(Location? location)
        {
            if (location is null || location.SourceTree is null)
            {
                return null;
            }

            return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
        }
    }
}
