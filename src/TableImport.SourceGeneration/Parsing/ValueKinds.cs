using Microsoft.CodeAnalysis;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>Classifies a member's C# type by the kind of value it can hold.</summary>
    internal static class ValueKinds
    {
        public static ValueKind Classify(ITypeSymbol? type)
        {
            if (type is null || type.TypeKind == TypeKind.Error)
            {
                return ValueKind.Other;
            }

            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                return Classify(nullable.TypeArguments[0]);
            }

            var scalar = ClassifyScalar(type);
            if (scalar != ValueKind.Other)
            {
                return scalar;
            }

            if (IsStringToNumberMap(type))
            {
                return ValueKind.StringToNumberMap;
            }

            var element = SequenceElement(type);
            if (element is not null)
            {
                var elementKind = ClassifyScalar(element);
                if (elementKind == ValueKind.String)
                {
                    return ValueKind.StringSequence;
                }

                if (element.SpecialType == SpecialType.System_Single || element.SpecialType == SpecialType.System_Double)
                {
                    return ValueKind.FloatSequence;
                }
            }

            return ValueKind.Other;
        }

        public static bool IsNumeric(ValueKind kind) => kind == ValueKind.Integer || kind == ValueKind.FloatingPoint;

        private static ValueKind ClassifyScalar(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return ValueKind.String;
                case SpecialType.System_Boolean:
                    return ValueKind.Bool;
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_IntPtr:
                case SpecialType.System_UIntPtr:
                    return ValueKind.Integer;
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return ValueKind.FloatingPoint;
                case SpecialType.System_DateTime:
                    return ValueKind.DateTime;
            }

            if (type.TypeKind == TypeKind.Enum)
            {
                return ValueKind.Enum;
            }

            if (type is INamedTypeSymbol named && IsInSystemNamespace(named))
            {
                switch (named.MetadataName)
                {
                    case "DateTimeOffset":
                        return ValueKind.DateTimeOffset;
                    case "DateOnly":
                        return ValueKind.DateOnly;
                    case "Guid":
                        return ValueKind.Guid;
                    case "Int128":
                    case "UInt128":
                        return ValueKind.Integer;
                    case "Half":
                        return ValueKind.FloatingPoint;
                }
            }

            return ValueKind.Other;
        }

        internal static bool IsInSystemNamespace(INamedTypeSymbol type)
            => type.ContainingType is null
               && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        internal static ITypeSymbol? SequenceElement(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.Rank == 1 ? array.ElementType : null;
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return null;
            }

            foreach (var candidate in SelfAndInterfaces(type))
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return candidate.TypeArguments[0];
                }
            }

            return null;
        }

        private static bool IsStringToNumberMap(ITypeSymbol type)
            => MapTypes(type) is { } pair
               && pair.Key.SpecialType == SpecialType.System_String
               && IsNumeric(ClassifyScalar(Unwrap(pair.Value)));

        /// <summary>The key and value types of a dictionary (any sequence of <c>KeyValuePair</c>), or null.</summary>
        internal static (ITypeSymbol Key, ITypeSymbol Value)? MapTypes(ITypeSymbol type)
        {
            foreach (var candidate in SelfAndInterfaces(type))
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    && candidate.TypeArguments[0] is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair
                    && pair.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic")
                {
                    return (pair.TypeArguments[0], pair.TypeArguments[1]);
                }
            }

            return null;
        }

        internal static ITypeSymbol Unwrap(ITypeSymbol type)
            => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
                ? nullable.TypeArguments[0]
                : type;

        private static System.Collections.Generic.IEnumerable<INamedTypeSymbol> SelfAndInterfaces(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol named)
            {
                yield return named;
            }

            foreach (var item in type.AllInterfaces)
            {
                yield return item;
            }
        }
    }
}
