using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace TableImport.SourceGeneration.Emitting
{
    /// <summary>Turns model values into C# tokens that are valid whatever the user typed.</summary>
    internal static class CSharpText
    {
        /// <summary>A quoted, escaped string literal; user strings may hold quotes, backslashes or line breaks.</summary>
        public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>The name as an identifier, with <c>@</c> where it is a reserved keyword (a member called <c>@event</c>).</summary>
        public static string Identifier(string name)
            => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>A dotted namespace name with each part escaped.</summary>
        public static string QualifiedName(string dotted) => string.Join(".", dotted.Split('.').Select(Identifier));

        /// <summary>True when the name can be written as a C# identifier (not an indexer's <c>this[]</c> or an explicit implementation's <c>I.M</c>).</summary>
        public static bool IsIdentifier(string name) => SyntaxFacts.IsValidIdentifier(name);

        /// <summary>Text safe inside an XML doc comment.</summary>
        public static string Xml(string text)
            => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");

        /// <summary>A hint name made only of characters every file system and <c>AddSource</c> accept.</summary>
        /// <param name="hintName">The readable name, from the type's namespace and names.</param>
        /// <param name="identity">What makes the type unique: its fully qualified name with type parameters.</param>
        public static string SafeHintName(string hintName, string identity)
        {
            const string Extension = ".g.cs";
            var stem = hintName.EndsWith(Extension, System.StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - Extension.Length) : hintName;
            var chars = stem.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
                if (!ok)
                {
                    chars[i] = '_';
                }
            }

            // AddSource throws on a duplicate and compares names ignoring case, so Jobs.Fraud and Jobs.FRAUD, or
            // Outer<T>.Job and Outer.Job, would collide on their readable names alone: the identity's hash tells them apart.
            return new string(chars) + "_" + StableHash(identity).ToString("x8", CultureInfo.InvariantCulture) + Extension;
        }

        // string.GetHashCode is randomised per process; file names must not change between builds.
        private static uint StableHash(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash;
        }
    }
}
