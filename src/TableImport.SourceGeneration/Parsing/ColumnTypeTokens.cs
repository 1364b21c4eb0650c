using Microsoft.CodeAnalysis;

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
    }
}
