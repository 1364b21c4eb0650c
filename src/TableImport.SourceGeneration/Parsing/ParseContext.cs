using System.Threading;
using Microsoft.CodeAnalysis;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>Who reads the model: the analyzer needs locations to report at, the generator needs none (<see cref="JobParser.Parse(INamedTypeSymbol, bool, CancellationToken, SemanticModel)"/>).</summary>
    internal readonly struct ParseContext
    {
        public ParseContext(bool forDiagnostics, DeclarationReader? syntax, CancellationToken cancellationToken)
        {
            ForDiagnostics = forDiagnostics;
            Syntax = syntax;
            CancellationToken = cancellationToken;
        }

        /// <summary>Reads the job's own members' attributes from syntax where it can; null binds every attribute.</summary>
        public DeclarationReader? Syntax { get; }

        public bool ForDiagnostics { get; }

        public CancellationToken CancellationToken { get; }

        public LocationInfo? Location(SyntaxNode? node) => ForDiagnostics ? LocationInfo.From(node) : null;

        public LocationInfo? Location(Location? location) => ForDiagnostics ? LocationInfo.From(location) : null;
    }
}
