using System;
using System.Collections.Generic;

namespace TableImport.Scaffolding
{
    /// <summary>
    /// C# member types for scaffolded columns: from what a role's column holds (<see cref="ColumnContent"/>) when the
    /// column's own type is not known, and from a warehouse type token (<see cref="WarehouseColumnTypes"/>) when it is,
    /// so that the member's <c>CreateTableSql</c> column has the token's type again.
    /// </summary>
    internal static class ScaffoldTypes
    {
        // The keyword or type name of each scalar token of the warehouse type table.
        private static readonly Dictionary<string, string> Scalars = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["String"] = "string", ["Guid"] = "Guid", ["Boolean"] = "bool", ["SByte"] = "sbyte", ["Byte"] = "byte",
            ["Int16"] = "short", ["UInt16"] = "ushort", ["Int32"] = "int", ["UInt32"] = "uint", ["Int64"] = "long",
            ["UInt64"] = "ulong", ["Single"] = "float", ["Double"] = "double", ["DateTime"] = "DateTime",
            ["DateTimeOffset"] = "DateTimeOffset", ["DateOnly"] = "DateOnly",
        };

        // Names in member types that need a using, by namespace.
        private static readonly Dictionary<string, string> Namespaces = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Guid"] = "System", ["DateTime"] = "System", ["DateTimeOffset"] = "System", ["DateOnly"] = "System", ["TimeSpan"] = "System",
            ["List"] = "System.Collections.Generic", ["Dictionary"] = "System.Collections.Generic", ["IReadOnlyList"] = "System.Collections.Generic",
        };

        /// <summary>
        /// The type a member of a role whose column's own type is unknown gets: one the role's data fits in (TI0010) and
        /// that has a column type in every dialect (TI0023). Features and tags may hold anything: text is assumed.
        /// </summary>
        public static string ForContent(ColumnContent? content, ModelType modelType)
        {
            switch (content)
            {
                case ColumnContent.PredictionTime:
                case ColumnContent.ChangeTime:
                    return "DateTimeOffset";
                case ColumnContent.Label:
                    return modelType == ModelType.Numeric ? "double" : "string";
                case ColumnContent.Score:
                case ColumnContent.ShapValue:
                    return "double";
                case ColumnContent.Ordinal:
                    return "int";
                case ColumnContent.ScoreMap:
                    return "Dictionary<string, double>";
                case ColumnContent.EmbeddingVector:
                    return "List<float>";
                case ColumnContent.BoxCoordinates:
                    return "List<List<double>>";
                case ColumnContent.BoxCategories:
                    return "List<string>";
                case ColumnContent.BoxScores:
                    return "List<double>";
                default:
                    // Identifiers, versions and batch ids, text, features and tags.
                    return "string";
            }
        }

        /// <summary>
        /// The member type whose column type token is <paramref name="token"/>: a list for <c>T[]</c>, a dictionary for
        /// <c>Map&lt;K,V&gt;</c>, a decimal with its <c>[Column(TypeName = ...)]</c> in <paramref name="columnTypeName"/>
        /// for <c>Decimal(p,s)</c>; a value type made nullable when the column is. Null for a token it cannot write.
        /// </summary>
        public static string? FromToken(string token, bool nullable, out string? columnTypeName)
        {
            columnTypeName = null;
            if (token.StartsWith("Decimal(", StringComparison.Ordinal) && token.EndsWith(")", StringComparison.Ordinal))
            {
                columnTypeName = "decimal(" + token.Substring(8, token.Length - 9).Replace(",", ", ") + ")";
                return nullable ? "decimal?" : "decimal";
            }

            var type = Element(token);
            return type is null ? null : nullable && token != "String" && Scalars.ContainsKey(token) ? type + "?" : type;
        }

        /// <summary>What a member of <paramref name="typeName"/> is initialised with, so that a non-nullable one never starts null; null for a value type.</summary>
        public static string? Initializer(string typeName)
        {
            if (typeName == "string")
            {
                return "\"\"";
            }

            if (typeName.EndsWith("[]", StringComparison.Ordinal))
            {
                return "new " + typeName.Substring(0, typeName.Length - 2) + "[0]";
            }

            return typeName.StartsWith("List<", StringComparison.Ordinal) || typeName.StartsWith("Dictionary<", StringComparison.Ordinal)
                ? "new " + typeName + "()"
                : null;
        }

        /// <summary>The namespaces the member types need, besides <c>TableImport</c>.</summary>
        public static void AddNamespaces(string typeName, ISet<string> into)
        {
            foreach (var word in CSharpSyntax.Words(typeName))
            {
                if (Namespaces.TryGetValue(word, out var ns))
                {
                    into.Add(ns);
                }
            }
        }

        private static string? Element(string token)
        {
            if (token.EndsWith("[]", StringComparison.Ordinal))
            {
                var element = Element(token.Substring(0, token.Length - 2));
                return element is null ? null : "List<" + element + ">";
            }

            if (token.StartsWith("Map<", StringComparison.Ordinal) && token.EndsWith(">", StringComparison.Ordinal))
            {
                var inner = token.Substring(4, token.Length - 5);
                var comma = inner.IndexOf(',');
                // A dictionary's key is a scalar: the generator has no column type for a key that is a list or a map.
                var key = comma < 0 || !Scalars.TryGetValue(inner.Substring(0, comma), out var scalarKey) ? null : scalarKey;
                var value = comma < 0 ? null : Element(inner.Substring(comma + 1));
                return key is null || value is null ? null : "Dictionary<" + key + ", " + value + ">";
            }

            return Scalars.TryGetValue(token, out var scalar) ? scalar : null;
        }
    }
}
