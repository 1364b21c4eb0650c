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
    /// <summary>The members of a job type: their columns, roles and attributes, read from the declaration or bound.</summary>
    internal static partial class JobParser
    {
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
            string? explicitColumn = null, dataAnnotationsColumn = null, typeName = null;
            int? precision = null, scale = null;
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
                    else if (attribute.DataAnnotations == KnownAttributes.DataAnnotationsColumn)
                    {
                        typeName = attribute.TypeName ?? typeName;
                        if (attribute.HasFirstArgument)
                        {
                            dataAnnotationsColumn = attribute.FirstArgument;
                            dataAnnotationsLocation = ArgumentLocation(attribute.Data, 0, context);
                            hasOurs = true;
                        }
                    }
                    else if (attribute.DataAnnotations == KnownAttributes.EfCorePrecision && attribute.Precision is { } declared)
                    {
                        precision = declared;
                        scale = attribute.Scale;
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

            // A decimal's declared precision makes it a column type the warehouses have (TI0023 otherwise).
            columnType = ColumnTypeTokens.WithDeclaredPrecision(columnType, typeName, precision, scale);
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
                var foreign = ours is not null ? null : KnownAttributes.ForeignOrNull(attribute.AttributeClass);
                var args = attribute.ConstructorArguments;
                var precision = foreign == KnownAttributes.EfCorePrecision;
                attributes.Add(new MemberAttribute(
                    ours,
                    foreign,
                    args.Length > 0,
                    args.Length > 0 ? String(args[0]) : null,
                    NamedString(attribute, "RawDataColumn"),
                    NamedString(attribute, "LinkToDataColumn"),
                    foreign == KnownAttributes.DataAnnotationsColumn ? NamedString(attribute, "TypeName") : null,
                    precision && args.Length > 0 ? Int(args[0]) : null,
                    precision && args.Length > 1 ? Int(args[1]) : null,
                    attribute));
            }

            return attributes;
        }

        // Binds the member's type: the generator asks only when its declaration does not name it with a keyword.
        private static ITypeSymbol TypeOf(ISymbol member) => member is IPropertySymbol property ? property.Type : ((IFieldSymbol)member).Type;
    }
}
