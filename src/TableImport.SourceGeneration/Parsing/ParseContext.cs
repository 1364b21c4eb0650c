using System.Threading;
using Microsoft.CodeAnalysis;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>Who reads the model: the analyzer needs locations to report at, the generator needs none (<see cref="JobParser.Parse(INamedTypeSymbol, bool, CancellationToken)"/>).</summary>
    internal readonly struct ParseContext
    {
        public ParseContext(bool forDiagnostics, CancellationToken cancellationToken)
        {
            ForDiagnostics = forDiagnostics;
            CancellationToken = cancellationToken;
        }

        public bool ForDiagnostics { get; }

        public CancellationToken CancellationToken { get; }

        public LocationInfo? Location(SyntaxNode? node) => ForDiagnostics ? LocationInfo.From(node) : null;

        public LocationInfo? Location(Location? location) => ForDiagnostics ? LocationInfo.From(location) : null;
    }
}
