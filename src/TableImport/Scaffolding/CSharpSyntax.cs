using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// What the scaffolder needs to know of C# to write valid code without a compiler at hand (this package depends on
    /// nothing): which names are identifiers, which are reserved, and how a string is written as a literal.
    /// </summary>
    internal static class CSharpSyntax
    {
        // The reserved keywords (contextual ones, such as "value" or "var", are identifiers): a member or class of one of
        // these names is written with '@'.
        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
            "__arglist", "__makeref", "__reftype", "__refvalue",
        };

        /// <summary>Whether <paramref name="name"/> is an identifier (a keyword is one, written with '@').</summary>
        public static bool IsIdentifier(string name)
        {
            if (string.IsNullOrEmpty(name) || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The identifier as written in code: with '@' when it is a keyword.</summary>
        public static string Escape(string identifier) => Keywords.Contains(identifier) ? "@" + identifier : identifier;

        /// <summary>Whether each dot-separated part of <paramref name="name"/> is an identifier.</summary>
        public static bool IsQualifiedName(string name)
        {
            foreach (var part in name.Split('.'))
            {
                if (!IsIdentifier(part))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A namespace name with each part escaped.</summary>
        public static string EscapeQualified(string name)
        {
            var parts = name.Split('.');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = Escape(parts[i]);
            }

            return string.Join(".", parts);
        }

        /// <summary>A quoted string literal that reads back as <paramref name="value"/>, whatever it holds.</summary>
        public static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A readable PascalCase identifier from any text (a column or a model name): its words (runs of letters and
        /// digits) each capitalised, an all-capitals word in lower case after its first letter (<c>PREDICTION_ID</c> reads
        /// <c>PredictionId</c>), <c>_</c> before a leading digit; <paramref name="fallback"/> when the text has no word.
        /// </summary>
        public static string Pascal(string text, string fallback)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var word in Words(text))
            {
                builder.Append(CapitalizeWord(word));
            }

            if (builder.Length == 0)
            {
                return fallback;
            }

            return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
        }

        /// <summary>One word with its first letter in upper case: the rest as it is, or in lower case when it is all capitals.</summary>
        public static string CapitalizeWord(string word)
        {
            if (word.Length == 0)
            {
                return word;
            }

            var allCapitals = true;
            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    allCapitals = false;
                    break;
                }
            }

            var rest = word.Substring(1);
            return char.ToUpperInvariant(word[0]) + (allCapitals ? rest.ToLowerInvariant() : rest);
        }

        /// <summary>The runs of letters and digits of <paramref name="text"/>.</summary>
        public static IEnumerable<string> Words(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    yield return text.Substring(start, i - start);
                    start = -1;
                }
            }
        }
    }
}
