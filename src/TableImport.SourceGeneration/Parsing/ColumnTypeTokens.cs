using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>
    /// Names a member's C# type as a token of the warehouse type table (src/TableImport/Warehouse/WarehouseColumnTypes.cs),
    /// which alone decides what the token is in each dialect, or that it has no faithful type.
    /// </summary>
    internal static class ColumnTypeTokens
    {
        public static string Of(ITypeSymbol? type)
        {
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return WarehouseColumnTypes.Unresolved;
            }

            type = ValueKinds.Unwrap(type);
            if (type.TypeKind == TypeKind.Enum)
            {
                return "Enum";
            }

            if (type.SpecialType != SpecialType.None || (type is INamedTypeSymbol named && ValueKinds.IsInSystemNamespace(named) && named.TypeArguments.Length == 0))
            {
                // Object and the like are in the System namespace too; the table knows none of them, so they stay unknown there.
                return type.SpecialType == SpecialType.System_String || type.IsValueType ? type.MetadataName : WarehouseColumnTypes.Unknown;
            }

            if (ValueKinds.MapTypes(type) is { } map)
            {
                var key = Of(map.Key);
                return key.IndexOf(',') >= 0 || key.EndsWith("]") ? WarehouseColumnTypes.Unknown : "Map<" + key + "," + Of(map.Value) + ">";
            }

            if (ValueKinds.SequenceElement(type) is { } element)
            {
                var elementToken = Of(element);
                return elementToken is WarehouseColumnTypes.Unknown or WarehouseColumnTypes.Unresolved ? elementToken : elementToken + "[]";
            }

            return WarehouseColumnTypes.Unknown;
        }

        /// <summary>
        /// A decimal's token with the precision its attributes declare: a DataAnnotations <c>[Column(TypeName = "decimal(18, 2)")]</c>
        /// (EF Core's column type, which wins as it does in EF Core) or EF Core's <c>[Precision(18, 2)]</c> (<c>[Precision(18)]</c>:
        /// scale 0). <c>Decimal(p,s)</c> whatever the numbers, so that TI0023 can name an out-of-range one; any other token,
        /// or a decimal without a declared precision, is returned as it is.
        /// </summary>
        public static string WithDeclaredPrecision(string token, string? typeName, int? precision, int? scale)
        {
            if (token != "Decimal")
            {
                return token;
            }

            if (WarehouseColumnTypes.TryReadDecimalTypeName(typeName, out var declaredPrecision, out var declaredScale))
            {
                return WarehouseColumnTypes.DecimalToken(declaredPrecision, declaredScale);
            }

            return precision is { } p ? WarehouseColumnTypes.DecimalToken(p, scale ?? 0) : token;
        }

        /// <summary>
        /// The token of a type written as a keyword (<c>double</c>, <c>string?</c>, <c>int?</c>), which needs no binding:
        /// what <see cref="Of"/> gives for the type it names. Null for anything else, which only binding can tell.
        /// </summary>
        public static string? OfKeyword(TypeSyntax type)
        {
            if (type is NullableTypeSyntax nullable)
            {
                type = nullable.ElementType;
            }

            if (type is not PredefinedTypeSyntax predefined)
            {
                return null;
            }

            switch (predefined.Keyword.Kind())
            {
                case SyntaxKind.BoolKeyword: return "Boolean";
                case SyntaxKind.ByteKeyword: return "Byte";
                case SyntaxKind.SByteKeyword: return "SByte";
                case SyntaxKind.ShortKeyword: return "Int16";
                case SyntaxKind.UShortKeyword: return "UInt16";
                case SyntaxKind.IntKeyword: return "Int32";
                case SyntaxKind.UIntKeyword: return "UInt32";
                case SyntaxKind.LongKeyword: return "Int64";
                case SyntaxKind.ULongKeyword: return "UInt64";
                case SyntaxKind.FloatKeyword: return "Single";
                case SyntaxKind.DoubleKeyword: return "Double";
                case SyntaxKind.DecimalKeyword: return "Decimal";
                case SyntaxKind.CharKeyword: return "Char";
                case SyntaxKind.StringKeyword: return "String";
                case SyntaxKind.ObjectKeyword: return WarehouseColumnTypes.Unknown;
                default: return null;
            }
        }
    }
}
