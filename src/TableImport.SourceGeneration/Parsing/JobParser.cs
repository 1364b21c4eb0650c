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
    internal static class JobParser
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

        private static EquatableArray<MemberInfo> ReadMembers(INamedTypeSymbol type, NamingValue naming, ParseContext context)
        {
            // Most-derived first so that a member hiding or overriding a base member wins; emitted base-first.
            var levels = new List<List<MemberInfo>>();
            var seen = new HashSet<string>();
            var depth = 0;
            for (var current = type; current is not null && !IsFrameworkRoot(current); current = current.BaseType, depth++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var level = new List<MemberInfo>();
                if (depth == 0 && context.Syntax?.OwnMembers() is { } declared)
                {
                    foreach (var own in declared)
                    {
                        var member = Member(own.Name, own.IsProperty, isIndexer: false, own.IsReadable, own.IsStatic, own.IsPublic && !own.IsConst, inherited: false, own.Attributes, naming, context, default, "", own.ColumnType, null);
                        if (member is not null && seen.Add(member.Name))
                        {
                            level.Add(member);
                        }
                    }

                    levels.Add(level);
                    continue;
                }

                foreach (var symbol in current.GetMembers())
                {
                    var member = ReadMember(symbol, naming, inherited: depth > 0, context);
                    if (member is not null && seen.Add(member.Name))
                    {
                        level.Add(member);
                    }
                }

                levels.Add(level);
            }

            levels.Reverse();
            return levels.SelectMany(l => l).ToEquatableArray();
        }

        private static MemberInfo? ReadMember(ISymbol symbol, NamingValue naming, bool inherited, ParseContext context)
        {
            bool isProperty, isIndexer = false, isReadable = true;
            switch (symbol)
            {
                case IPropertySymbol property:
                    isProperty = true;
                    isIndexer = property.IsIndexer;
                    isReadable = property.GetMethod is not null;
                    break;
                case IFieldSymbol field when field.AssociatedSymbol is null:
                    isProperty = false;
                    break;
                default:
                    return null;
            }

            if (symbol.IsImplicitlyDeclared || (inherited && symbol.DeclaredAccessibility == Accessibility.Private))
            {
                return null;
            }

            return Member(
                symbol.Name,
                isProperty,
                isIndexer,
                isReadable,
                symbol.IsStatic,
                symbol.DeclaredAccessibility == Accessibility.Public && !(symbol is IFieldSymbol { IsConst: true }),
                inherited,
                ReadAttributes(symbol, inherited, context),
                naming,
                context,
                // Only rules read these; the generator leaves them empty rather than pay for them on every keystroke.
                context.ForDiagnostics ? ValueKinds.Classify(TypeOf(symbol)) : default,
                context.ForDiagnostics ? TypeOf(symbol).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) : "",
                (inherited ? null : context.Syntax?.ColumnTypeOf(symbol)) ?? ColumnTypeTokens.Of(TypeOf(symbol)),
                FirstSourceLocation(symbol, context));
        }

        // A member from what was read of it, from its symbol or (the generator's own members) from its declaration.
        private static MemberInfo? Member(
            string name,
            bool isProperty,
            bool isIndexer,
            bool isReadable,
            bool isStatic,
            bool isPublicNonConstant,
            bool inherited,
            List<MemberAttribute> attributes,
            NamingValue naming,
            ParseContext context,
            ValueKind kind,
            string typeDisplay,
            string columnType,
            LocationInfo? location)
        {
            string? explicitColumn = null, dataAnnotationsColumn = null;
            LocationInfo? columnLocation = null, dataAnnotationsLocation = null;
            var excluded = false;
            var hasOurs = false;
            EmbeddingInfo? embedding = null;
            var roles = ImmutableArray.CreateBuilder<RoleInfo>();
            foreach (var attribute in attributes)
            {
                var ours = attribute.Ours;
                if (ours is null)
                {
                    if (attribute.DataAnnotations == KnownAttributes.DataAnnotationsNotMapped)
                    {
                        excluded = true;
                        hasOurs = true;
                    }
                    else if (attribute.DataAnnotations == KnownAttributes.DataAnnotationsColumn && attribute.HasFirstArgument)
                    {
                        dataAnnotationsColumn = attribute.FirstArgument;
                        dataAnnotationsLocation = ArgumentLocation(attribute.Data, 0, context);
                        hasOurs = true;
                    }

                    continue;
                }

                hasOurs = true;
                if (ours == KnownAttributes.ColumnName)
                {
                    explicitColumn = attribute.FirstArgument;
                    columnLocation = ArgumentLocation(attribute.Data, 0, context);
                }
                else if (ours == KnownAttributes.NotImported)
                {
                    excluded = true;
                }
                else if (KnownAttributes.TryGetRole(ours, out var role))
                {
                    roles.Add(new RoleInfo(role, AttributeLocation(attribute.Data, context)));
                    if (role == Role.EmbeddingFeature)
                    {
                        embedding = new EmbeddingInfo(attribute.FirstArgument, attribute.RawDataColumn, attribute.LinkToDataColumn);
                    }
                }
            }

            var isPlainPublicInstance = isPublicNonConstant && !isStatic && !isIndexer;
            if (!isPlainPublicInstance && !hasOurs)
            {
                return null;
            }

            if (explicitColumn is null && dataAnnotationsColumn is not null)
            {
                explicitColumn = dataAnnotationsColumn;
                columnLocation = dataAnnotationsLocation;
            }

            return new MemberInfo(
                name,
                isProperty,
                explicitColumn ?? ColumnNamer.Apply(naming, name),
                explicitColumn,
                columnLocation,
                excluded,
                inherited,
                isStatic,
                isIndexer,
                isReadable,
                kind,
                typeDisplay,
                columnType,
                roles.ToEquatableArray(),
                embedding,
                location);
        }

        // The generator reads a job's own members' attributes from syntax where it can (binding them all was most of its
        // cost, and the build binds them again after generation); the analyzer, and anything the syntax leaves open, binds.
        private static List<MemberAttribute> ReadAttributes(ISymbol symbol, bool inherited, ParseContext context)
        {
            var attributes = new List<MemberAttribute>();
            if (!inherited && context.Syntax is { } syntax && syntax.TryRead(symbol, attributes))
            {
                return attributes;
            }

            attributes.Clear();
            foreach (var attribute in symbol.GetAttributes())
            {
                var ours = KnownAttributes.OursOrNull(attribute);
                var dataAnnotations = ours is not null ? null
                    : KnownAttributes.IsDataAnnotationsSchema(attribute, KnownAttributes.DataAnnotationsNotMapped) ? KnownAttributes.DataAnnotationsNotMapped
                    : KnownAttributes.IsDataAnnotationsSchema(attribute, KnownAttributes.DataAnnotationsColumn) ? KnownAttributes.DataAnnotationsColumn
                    : null;
                var args = attribute.ConstructorArguments;
                attributes.Add(new MemberAttribute(
                    ours,
                    dataAnnotations,
                    args.Length > 0,
                    args.Length > 0 ? String(args[0]) : null,
                    NamedString(attribute, "RawDataColumn"),
                    NamedString(attribute, "LinkToDataColumn"),
                    attribute));
            }

            return attributes;
        }

        // Binds the member's type: the generator asks only when its declaration does not name it with a keyword.
        private static ITypeSymbol TypeOf(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;

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

        private static LocationInfo? FirstSourceLocation(ISymbol symbol, ParseContext context)
        {
            if (!context.ForDiagnostics)
            {
                return null;
            }

            foreach (var location in symbol.Locations)
            {
                if (location.IsInSource)
                {
                    return context.Location(location);
                }
            }

            return null;
        }

        private static LocationInfo? AttributeLocation(AttributeData? attribute, ParseContext context)
            => context.ForDiagnostics ? context.Location(attribute?.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken)) : null;

        private static LocationInfo? ArgumentLocation(AttributeData? attribute, int index, ParseContext context)
        {
            if (!context.ForDiagnostics || attribute is null)
            {
                return null;
            }

            var syntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as AttributeSyntax;
            return context.Location((SyntaxNode?)PositionalArgument(syntax, index) ?? syntax);
        }

        private static AttributeArgumentSyntax? PositionalArgument(AttributeSyntax? syntax, int index)
        {
            var arguments = syntax?.ArgumentList?.Arguments;
            if (arguments is null)
            {
                return null;
            }

            var position = 0;
            foreach (var argument in arguments.Value)
            {
                if (argument.NameEquals is not null || argument.NameColon is not null)
                {
                    continue;
                }

                if (position++ == index)
                {
                    return argument;
                }
            }

            return null;
        }

        private static AttributeArgumentSyntax? NamedArgument(AttributeSyntax? syntax, string name)
        {
            var arguments = syntax?.ArgumentList?.Arguments;
            return arguments?.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        }

        private static string? String(TypedConstant constant)
            => constant.Kind == TypedConstantKind.Primitive ? constant.Value as string : null;

        private static int? Int(TypedConstant constant)
            => constant.Kind is TypedConstantKind.Primitive or TypedConstantKind.Enum && constant.Value is int value ? value : null;

        private static T? Enum<T>(TypedConstant constant, int max)
            where T : struct
        {
            var value = Int(constant);
            return value is >= 0 && value <= max ? (T)(object)value.Value : null;
        }

        private static TypedConstant? Named(AttributeData attribute, string name)
        {
            foreach (var pair in attribute.NamedArguments)
            {
                if (pair.Key == name)
                {
                    return pair.Value;
                }
            }

            return null;
        }

        private static string? NamedString(AttributeData attribute, string name)
            => Named(attribute, name) is { } value ? String(value) : null;

        private static int? NamedInt(AttributeData attribute, string name)
            => Named(attribute, name) is { } value ? Int(value) : null;

        private static bool? NamedBool(AttributeData attribute, string name)
            => Named(attribute, name) is { Kind: TypedConstantKind.Primitive, Value: bool value } ? value : null;
    }
}
