using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TableImport.SourceGeneration.Model;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>
    /// The one parser: reads a job type's symbol into a <see cref="JobModel"/>. The generator emits from the model and
    /// the analyzers judge the same model, so what is generated and what is reported never disagree. It accepts any
    /// half-typed code: a value that does not bind becomes null, never an exception.
    /// </summary>
    internal static partial class JobParser
    {
        /// <param name="type">The job type.</param>
        /// <param name="forDiagnostics">
        /// True for the analyzer, which reports: the model then carries locations and member types as written. The
        /// generator only emits, and a location changes whenever text moves above a job, so it reads neither.
        /// </param>
        /// <param name="cancellationToken">Cancels the read.</param>
        /// <param name="syntaxModel">
        /// The semantic model of the type's declaration, given by the generator: the type's own members' attributes are
        /// then read from syntax where that gives the same answer as binding (<see cref="DeclarationReader"/>).
        /// </param>
        public static JobModel Parse(INamedTypeSymbol type, bool forDiagnostics, CancellationToken cancellationToken, SemanticModel? syntaxModel = null)
            => Parse(type, forDiagnostics, cancellationToken, syntaxModel is null ? null : new DeclarationReader(syntaxModel, type));

        /// <summary>As above, with the generator's reader of the type's declaration (it asks the reader more than the parser does).</summary>
        public static JobModel Parse(INamedTypeSymbol type, bool forDiagnostics, CancellationToken cancellationToken, DeclarationReader? syntax)
            => Parse(type, new ParseContext(forDiagnostics, syntax, cancellationToken));

        private static JobModel Parse(INamedTypeSymbol type, ParseContext context)
        {
            var job = ReadJobAttribute(type, context);
            var tables = ImmutableArray.CreateBuilder<TableInfo>();
            IngestionInfo? ingestion = null;
            PrefixInfo? featurePrefix = null, tagPrefix = null, shapPrefix = null;

            foreach (var attribute in type.GetAttributes())
            {
                switch (KnownAttributes.OursOrNull(attribute))
                {
                    case KnownAttributes.BigQueryTable:
                        tables.Add(ReadTable(attribute, StoreValue.BigQuery, BigQueryFields, context));
                        break;
                    case KnownAttributes.SnowflakeTable:
                        tables.Add(ReadTable(attribute, StoreValue.Snowflake, SnowflakeFields, context));
                        break;
                    case KnownAttributes.DatabricksTable:
                        tables.Add(ReadTable(attribute, StoreValue.Databricks, DatabricksFields, context));
                        break;
                    case KnownAttributes.IngestionParameters:
                        ingestion = new IngestionInfo(
                            NamedInt(attribute, "RowLimit"),
                            NamedInt(attribute, "RefreshIntervalMinutes"),
                            NamedInt(attribute, "QueryWindowSizeHours"),
                            AttributeLocation(attribute, context));
                        break;
                    case KnownAttributes.FeaturePrefix:
                        featurePrefix = ReadPrefix(attribute, context);
                        break;
                    case KnownAttributes.TagPrefix:
                        tagPrefix = ReadPrefix(attribute, context);
                        break;
                    case KnownAttributes.ShapPrefix:
                        shapPrefix = ReadPrefix(attribute, context);
                        break;
                }
            }

            var members = ReadMembers(type, job.ColumnNaming, context);
            return new JobModel(
                ReadShape(type, context),
                job,
                tables.ToEquatableArray(),
                ingestion,
                featurePrefix,
                tagPrefix,
                shapPrefix,
                members);
        }

        private static readonly (string Property, string GraphQL, bool Required)[] BigQueryFields =
        {
            ("ProjectId", "projectId", true), ("Dataset", "dataset", true), ("TableName", "tableName", true),
        };

        private static readonly (string Property, string GraphQL, bool Required)[] SnowflakeFields =
        {
            ("AccountID", "accountID", true), ("Database", "database", true), ("Schema", "schema", true), ("TableName", "tableName", true),
        };

        // Constructor arguments first, in order, then the optional named ones.
        private static readonly (string Property, string GraphQL, bool Required)[] DatabricksFields =
        {
            ("HostName", "hostName", true), ("Endpoint", "endpoint", true), ("Catalog", "catalog", true),
            ("DatabricksSchema", "databricksSchema", true), ("TableName", "tableName", true),
            ("Port", "port", false), ("AzureResourceId", "azureResourceId", false), ("AzureTenantId", "azureTenantId", false),
        };

        private static readonly Dictionary<string, string> DatabricksNamedArguments = new Dictionary<string, string>
        {
            ["Port"] = "Port", ["AzureResourceId"] = "AzureResourceId", ["AzureTenantId"] = "AzureTenantId",
        };

        private static JobAttributeInfo ReadJobAttribute(INamedTypeSymbol type, ParseContext context)
        {
            var attribute = type.GetAttributes().FirstOrDefault(a => KnownAttributes.OursOrNull(a) == KnownAttributes.TableImportJob);
            if (attribute is null)
            {
                return new JobAttributeInfo(null, null, null, null, null, NamingValue.SnakeCase, false, null, null, null, null, null);
            }

            var syntax = context.ForDiagnostics ? attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax : null;
            var args = attribute.ConstructorArguments;
            var naming = NamedInt(attribute, "ColumnNaming");
            return new JobAttributeInfo(
                ModelName: args.Length > 0 ? String(args[0]) : null,
                ModelType: args.Length > 1 ? Enum<ModelTypeValue>(args[1], (int)ModelTypeValue.GenerativeLlm) : null,
                Environment: args.Length > 2 ? Enum<EnvironmentValue>(args[2], (int)EnvironmentValue.Tracing) : null,
                ModelVersion: NamedString(attribute, "ModelVersion"),
                BatchId: NamedString(attribute, "BatchId"),
                ColumnNaming: naming is >= 0 and <= (int)NamingValue.AsDeclared ? (NamingValue)naming.Value : NamingValue.SnakeCase,
                EventBased: NamedBool(attribute, "EventBased") ?? false,
                Location: context.Location(syntax),
                ModelNameLocation: context.Location(PositionalArgument(syntax, 0)),
                EventBasedLocation: context.Location(NamedArgument(syntax, "EventBased")),
                BatchIdLocation: context.Location(NamedArgument(syntax, "BatchId")),
                ModelVersionLocation: context.Location(NamedArgument(syntax, "ModelVersion")));
        }

        private static TableInfo ReadTable(
            AttributeData attribute,
            StoreValue store,
            (string Property, string GraphQL, bool Required)[] fields,
            ParseContext context)
        {
            var args = attribute.ConstructorArguments;
            var values = ImmutableArray.CreateBuilder<TableField>(fields.Length);
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                string? value;
                if (field.Required)
                {
                    value = i < args.Length ? String(args[i]) : null;
                }
                else
                {
                    value = DatabricksNamedArguments.TryGetValue(field.Property, out var named) ? NamedString(attribute, named) : null;
                }

                values.Add(new TableField(field.Property, field.GraphQL, value, field.Required));
            }

            return new TableInfo(store, values.ToEquatableArray(), AttributeLocation(attribute, context));
        }

        private static PrefixInfo ReadPrefix(AttributeData attribute, ParseContext context)
        {
            var syntax = context.ForDiagnostics ? attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax : null;
            var args = attribute.ConstructorArguments;
            return new PrefixInfo(
                args.Length > 0 ? String(args[0]) : null,
                context.Location((SyntaxNode?)PositionalArgument(syntax, 0) ?? syntax));
        }

        private static TypeShape ReadShape(INamedTypeSymbol type, ParseContext context)
        {
            var containing = new List<ContainingTypeInfo>();
            var isGeneric = type.TypeParameters.Length > 0;
            var accessible = IsAssemblyVisible(type.DeclaredAccessibility);
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                isGeneric |= outer.TypeParameters.Length > 0;
                accessible &= IsAssemblyVisible(outer.DeclaredAccessibility);
                containing.Add(new ContainingTypeInfo(
                    outer.Name,
                    Keyword(outer),
                    TypeParameterList(outer),
                    IsPartial(outer, context),
                    outer.TypeParameters.Length > 0,
                    FirstSourceLocation(outer, context)));
            }

            containing.Reverse();
            var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
            var metadataPath = string.Join(".", containing.Select(c => c.Name).Concat(new[] { type.MetadataName }));
            var hint = ((ns is null ? "" : ns + ".") + metadataPath)
                .Replace('`', '_').Replace('<', '_').Replace('>', '_');
            return new TypeShape(
                ns,
                type.Name,
                Keyword(type),
                TypeParameterList(type),
                IsPartial(type, context),
                isGeneric,
                type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                type.ToDisplayString(),
                hint + ".TableImportJob.g.cs",
                accessible,
                containing.ToEquatableArray(),
                FirstSourceLocation(type, context));
        }

        private static bool IsFrameworkRoot(INamedTypeSymbol type)
            => type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum;

        private static bool IsAssemblyVisible(Accessibility accessibility)
            => accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

        private static string Keyword(INamedTypeSymbol type)
        {
            if (type.IsRecord)
            {
                return type.IsValueType ? "record struct" : "record";
            }

            return type.TypeKind switch
            {
                TypeKind.Struct => "struct",
                TypeKind.Interface => "interface",
                _ => "class",
            };
        }

        private static string TypeParameterList(INamedTypeSymbol type)
            => type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";

        private static bool IsPartial(INamedTypeSymbol type, ParseContext context)
        {
            var references = type.DeclaringSyntaxReferences;
            if (references.Length == 0)
            {
                return false;
            }

            foreach (var reference in references)
            {
                if (reference.GetSyntax(context.CancellationToken) is not TypeDeclarationSyntax declaration
                    || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    return false;
                }
            }

            return true;
        }

    }
}
