using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>
    /// Recognises our attributes by namespace and name. Comparing names is cheaper than resolving every attribute type
    /// through the compilation, and needs no per-compilation state.
    /// </summary>
    internal static class KnownAttributes
    {
        public const string Namespace = "TableImport";
        public const string TableImportJob = "TableImportJobAttribute";
        public const string TableImportJobMetadataName = "TableImport.TableImportJobAttribute";
        public const string BigQueryTable = "BigQueryTableAttribute";
        public const string SnowflakeTable = "SnowflakeTableAttribute";
        public const string DatabricksTable = "DatabricksTableAttribute";
        public const string IngestionParameters = "IngestionParametersAttribute";
        public const string FeaturePrefix = "FeaturePrefixAttribute";
        public const string TagPrefix = "TagPrefixAttribute";
        public const string ShapPrefix = "ShapPrefixAttribute";
        public const string ColumnName = "ColumnNameAttribute";
        public const string NotImported = "NotImportedAttribute";
        public const string EmbeddingFeature = "EmbeddingFeatureAttribute";
        public const string DataAnnotationsColumn = "ColumnAttribute";
        public const string DataAnnotationsNotMapped = "NotMappedAttribute";

        /// <summary>EF Core's <c>Microsoft.EntityFrameworkCore.PrecisionAttribute</c>: a decimal's precision and scale.</summary>
        public const string EfCorePrecision = "PrecisionAttribute";

        private static readonly Dictionary<string, Role> RolesByAttributeName = BuildRoles();

        /// <summary>The attribute's simple name when it is one of ours (in namespace <c>TableImport</c>), else null.</summary>
        public static string? OursOrNull(AttributeData attribute) => OursOrNull(attribute.AttributeClass);

        /// <summary>The attribute class's simple name when it is one of ours, else null.</summary>
        public static string? OursOrNull(INamedTypeSymbol? type)
            => type is { ContainingType: null, ContainingNamespace: { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true } }
                ? type.Name
                : null;

        /// <summary>True for <c>System.ComponentModel.DataAnnotations.Schema.{name}</c>.</summary>
        public static bool IsDataAnnotationsSchema(AttributeData attribute, string name) => IsDataAnnotationsSchema(attribute.AttributeClass, name);

        /// <summary>True when the attribute class is <c>System.ComponentModel.DataAnnotations.Schema.{name}</c>.</summary>
        public static bool IsDataAnnotationsSchema(INamedTypeSymbol? type, string name)
        {
            if (type is null || type.Name != name || type.ContainingType is not null)
            {
                return false;
            }

            var ns = type.ContainingNamespace;
            return ns is { Name: "Schema" }
                   && ns.ContainingNamespace is { Name: "DataAnnotations" } da
                   && da.ContainingNamespace is { Name: "ComponentModel" } cm
                   && cm.ContainingNamespace is { Name: "System" } sys
                   && sys.ContainingNamespace.IsGlobalNamespace;
        }

        /// <summary>
        /// True when the attribute class is EF Core's <c>Microsoft.EntityFrameworkCore.{name}</c>, recognised by name as the
        /// DataAnnotations ones are, so that a type shared with an EF Core model needs no reference to EF Core here.
        /// </summary>
        public static bool IsEfCore(INamedTypeSymbol? type, string name)
            => type is { ContainingType: null } && type.Name == name
               && type.ContainingNamespace is { Name: "EntityFrameworkCore" } ef
               && ef.ContainingNamespace is { Name: "Microsoft" } microsoft
               && microsoft.ContainingNamespace.IsGlobalNamespace;

        /// <summary>The DataAnnotations or EF Core attribute the parser reads (<c>NotMapped</c>, <c>Column</c>, <c>Precision</c>), by class name; null for any other.</summary>
        public static string? ForeignOrNull(INamedTypeSymbol? type)
            => IsDataAnnotationsSchema(type, DataAnnotationsNotMapped) ? DataAnnotationsNotMapped
                : IsDataAnnotationsSchema(type, DataAnnotationsColumn) ? DataAnnotationsColumn
                : IsEfCore(type, EfCorePrecision) ? EfCorePrecision
                : null;

        public static bool TryGetRole(string attributeName, out Role role) => RolesByAttributeName.TryGetValue(attributeName, out role);

        /// <summary>The attribute class name of a role, for messages and code fixes.</summary>
        public static string AttributeNameOf(Role role) => role + "Attribute";

        private static Dictionary<string, Role> BuildRoles()
        {
            var map = new Dictionary<string, Role>(StringComparer.Ordinal);
            foreach (Role role in Enum.GetValues(typeof(Role)))
            {
                map[AttributeNameOf(role)] = role;
            }

            return map;
        }
    }
}
