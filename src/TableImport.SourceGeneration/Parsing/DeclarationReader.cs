using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TableImport.SourceGeneration.Parsing
{
    /// <summary>
    /// Reads a job type's declaration for the generator: its own properties and fields, their attributes and their types,
    /// from syntax. The generator's parse runs on a compilation the build then discards, and binding every member's
    /// attributes and type there was most of what it cost. Here each distinct attribute name is looked up once per job
    /// type, in the type's scope, string-literal arguments are read as written, and a type written as a keyword needs no
    /// binding. Whatever the syntax leaves open (an alias or a qualified name, an ambiguous or unresolved name, an argument
    /// that is not a string literal, a record's parameters, an indexer, another partial part) makes the reader answer
    /// null or false, and the parser binds as the analyzer does, so both read every job the same way
    /// (SyntaxReadingParityTests compare them on every test source and on mutants).
    /// </summary>
    internal sealed class DeclarationReader
    {
        private readonly SemanticModel _model;
        private readonly INamedTypeSymbol _type;

        // (declaration, attribute name as written) -> what the name binds to in that declaration's body: our class name,
        // a DataAnnotations name, "" for any other single type, or null when only binding can tell.
        private readonly Dictionary<(int Declaration, string Name), string?> _resolved = new Dictionary<(int, string), string?>();

        public DeclarationReader(SemanticModel model, INamedTypeSymbol type)
        {
            _model = model;
            _type = type;
        }

        /// <summary>
        /// The job type's own properties and fields read from its one declaration, in declaration order, without creating
        /// a member symbol (which would make the compiler build every member of the type on a compilation it then
        /// discards). Null when the declaration holds anything only binding can read: another partial part, a record's
        /// parameters, an indexer, an explicit interface member, a fixed buffer, an incomplete member, or an attribute the
        /// reader cannot place.
        /// </summary>
        public List<SyntaxMember>? OwnMembers()
        {
            if (Declaration() is not { } declaration)
            {
                return null;
            }

            var members = new List<SyntaxMember>();
            foreach (var member in declaration.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax property:
                        if (property.ExplicitInterfaceSpecifier is not null || property.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            return null;
                        }

                        var attributes = new List<MemberAttribute>();
                        if (!TryRead(property.AttributeLists, "property", attributes))
                        {
                            return null;
                        }

                        var readable = property.ExpressionBody is not null
                                       || (property.AccessorList?.Accessors.Any(SyntaxKind.GetAccessorDeclaration) ?? false);
                        members.Add(new SyntaxMember(
                            property.Identifier.ValueText, true, readable, property.Modifiers.Any(SyntaxKind.StaticKeyword),
                            property.Modifiers.Any(SyntaxKind.PublicKeyword), false, attributes, ColumnType(property.Type)));
                        break;
                    case FieldDeclarationSyntax field:
                        if (field.Modifiers.Any(SyntaxKind.FixedKeyword))
                        {
                            return null;
                        }

                        var fieldAttributes = new List<MemberAttribute>();
                        if (!TryRead(field.AttributeLists, "field", fieldAttributes))
                        {
                            return null;
                        }

                        var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword);
                        var isStatic = isConst || field.Modifiers.Any(SyntaxKind.StaticKeyword);
                        var type = ColumnType(field.Declaration.Type);
                        foreach (var variable in field.Declaration.Variables)
                        {
                            members.Add(new SyntaxMember(
                                variable.Identifier.ValueText, false, true, isStatic, field.Modifiers.Any(SyntaxKind.PublicKeyword), isConst, fieldAttributes, type));
                        }

                        break;
                    case IndexerDeclarationSyntax:
                    case IncompleteMemberSyntax:
                        return null;
                }
            }

            return members;
        }

        /// <summary>Whether the type declares a member of that name, read from its one declaration; null when only binding can tell.</summary>
        public bool? Declares(string name)
        {
            if (Declaration() is not { } declaration)
            {
                return null;
            }

            foreach (var member in declaration.Members)
            {
                switch (member)
                {
                    // An explicit interface implementation (string I.CreateTableSql()) is named for its interface: not this name.
                    case BaseTypeDeclarationSyntax type when type.Identifier.ValueText == name:
                    case DelegateDeclarationSyntax @delegate when @delegate.Identifier.ValueText == name:
                    case MethodDeclarationSyntax method when method.Identifier.ValueText == name && method.ExplicitInterfaceSpecifier is null:
                    case PropertyDeclarationSyntax property when property.Identifier.ValueText == name && property.ExplicitInterfaceSpecifier is null:
                    case EventDeclarationSyntax @event when @event.Identifier.ValueText == name && @event.ExplicitInterfaceSpecifier is null:
                        return true;
                    case BaseFieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables)
                        {
                            if (variable.Identifier.ValueText == name)
                            {
                                return true;
                            }
                        }

                        break;
                }
            }

            return false;
        }

        // The type's only declaration, in this tree, and not a record with a parameter list (whose parameters are members).
        private TypeDeclarationSyntax? Declaration()
        {
            if (_type.DeclaringSyntaxReferences.Length != 1 || _type.DeclaringSyntaxReferences[0].SyntaxTree != _model.SyntaxTree)
            {
                return null;
            }

            return _type.DeclaringSyntaxReferences[0].GetSyntax() is TypeDeclarationSyntax declaration
                   && !(declaration is RecordDeclarationSyntax { ParameterList: not null })
                ? declaration
                : null;
        }

        // A keyword needs no binding; anything else binds the type syntax alone, in the type's scope, which creates no
        // member of the job type.
        private string ColumnType(TypeSyntax type)
            => ColumnTypeTokens.OfKeyword(type)
               ?? ColumnTypeTokens.Of(_model.GetSpeculativeTypeInfo(ScopePosition(type), type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type);

        /// <summary>The member's column type token when its declaration names the type with a keyword, else null.</summary>
        public string? ColumnTypeOf(ISymbol member)
        {
            if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, _type) || member.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return member.DeclaringSyntaxReferences[0].GetSyntax() switch
            {
                PropertyDeclarationSyntax property => ColumnTypeTokens.OfKeyword(property.Type),
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Parent: FieldDeclarationSyntax } declaration } => ColumnTypeTokens.OfKeyword(declaration.Type),
                _ => null,
            };
        }

        public bool TryRead(ISymbol member, List<MemberAttribute> into)
        {
            if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, _type) || member.DeclaringSyntaxReferences.Length != 1)
            {
                return false;
            }

            var reference = member.DeclaringSyntaxReferences[0];
            if (reference.SyntaxTree != _model.SyntaxTree)
            {
                return false;
            }

            SyntaxList<AttributeListSyntax> lists;
            string ownTarget;
            switch (reference.GetSyntax())
            {
                case PropertyDeclarationSyntax property when !property.Modifiers.Any(SyntaxKind.PartialKeyword):
                    lists = property.AttributeLists;
                    ownTarget = "property";
                    break;
                case VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field }:
                    lists = field.AttributeLists;
                    ownTarget = "field";
                    break;
                default:
                    return false;
            }

            return TryRead(lists, ownTarget, into);
        }

        private bool TryRead(SyntaxList<AttributeListSyntax> lists, string ownTarget, List<MemberAttribute> into)
        {
            foreach (var list in lists)
            {
                // [field: X] on a property belongs to its backing field, [return: X] to its accessor: not the member's.
                if (list.Target is { } target && target.Identifier.ValueText != ownTarget)
                {
                    continue;
                }

                foreach (var attribute in list.Attributes)
                {
                    if (!TryRead(attribute, into))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool TryRead(AttributeSyntax attribute, List<MemberAttribute> into)
        {
            if (attribute.Name is not IdentifierNameSyntax { Identifier: var identifier } || identifier.Text.StartsWith("@", System.StringComparison.Ordinal))
            {
                return false;
            }

            var bound = Resolve(identifier.ValueText, ScopePosition(attribute));
            if (bound is null)
            {
                return false;
            }

            if (bound.Length == 0)
            {
                into.Add(new MemberAttribute(null, null, false, null, null, null, null));
                return true;
            }

            var positional = new List<string?>();
            var numbers = new List<int>();
            string? rawData = null, linkToData = null, typeName = null;
            var precision = bound == KnownAttributes.EfCorePrecision;
            foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
            {
                if (argument.NameColon is not null)
                {
                    return false;
                }

                if (argument.NameEquals is { } named)
                {
                    switch (named.Name.Identifier.ValueText)
                    {
                        case "RawDataColumn" when bound == KnownAttributes.EmbeddingFeature && Literal(argument.Expression, out var raw):
                            rawData = raw;
                            break;
                        case "LinkToDataColumn" when bound == KnownAttributes.EmbeddingFeature && Literal(argument.Expression, out var link):
                            linkToData = link;
                            break;
                        case "TypeName" when bound == KnownAttributes.DataAnnotationsColumn:
                            // The column type declares a decimal's precision: read as written, or left to binding.
                            if (!Literal(argument.Expression, out typeName))
                            {
                                return false;
                            }

                            break;
                        default:
                            // A DataAnnotations [Column]'s Order says nothing the parser reads; any other is for binding.
                            if (bound != KnownAttributes.DataAnnotationsColumn)
                            {
                                return false;
                            }

                            break;
                    }

                    continue;
                }

                // EF Core's [Precision(p, s)] takes ints; an expression other than an int literal is for binding.
                if (precision)
                {
                    if (!IntLiteral(argument.Expression, out var number))
                    {
                        return false;
                    }

                    numbers.Add(number);
                    continue;
                }

                if (!Literal(argument.Expression, out var value))
                {
                    return false;
                }

                positional.Add(value);
            }

            var expected = bound switch
            {
                KnownAttributes.ColumnName => 1,
                KnownAttributes.EmbeddingFeature => 1,
                KnownAttributes.DataAnnotationsColumn => positional.Count <= 1 ? positional.Count : -1,
                KnownAttributes.EfCorePrecision => 0,
                _ => KnownAttributes.TryGetRole(bound, out _) || bound == KnownAttributes.NotImported || bound == KnownAttributes.DataAnnotationsNotMapped ? 0 : positional.Count,
            };
            if (positional.Count != expected || (precision && numbers.Count is not (1 or 2)))
            {
                return false;
            }

            var foreign = bound is KnownAttributes.DataAnnotationsColumn or KnownAttributes.DataAnnotationsNotMapped or KnownAttributes.EfCorePrecision;
            into.Add(new MemberAttribute(
                foreign ? null : bound,
                foreign ? bound : null,
                positional.Count > 0 || numbers.Count > 0,
                positional.Count > 0 ? positional[0] : null,
                rawData,
                linkToData,
                typeName,
                numbers.Count > 0 ? numbers[0] : null,
                numbers.Count > 1 ? numbers[1] : null,
                null));
            return true;
        }

        // [X] binds to X or XAttribute, whichever is found; both, or neither, is for the compiler to report.
        private string? Resolve(string name, int position)
        {
            if (_resolved.TryGetValue((position, name), out var known))
            {
                return known;
            }

            var found = new List<ISymbol>(_model.LookupNamespacesAndTypes(position, name: name));
            found.AddRange(_model.LookupNamespacesAndTypes(position, name: name + "Attribute"));
            string? result = null;
            if (found.Count == 1 && found[0] is INamedTypeSymbol { TypeKind: TypeKind.Class } type)
            {
                result = KnownAttributes.OursOrNull(type) ?? KnownAttributes.ForeignOrNull(type) ?? "";
            }

            _resolved[(position, name)] = result;
            return result;
        }

        // A member's attributes and type are bound in its type's scope. Asking at a position inside the member would make
        // the semantic model build the member's symbol, and with it every member of the type: the brace opening the
        // type's body is in the same scope and inside no member.
        private static int ScopePosition(SyntaxNode node)
        {
            var declaration = node.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            return declaration is null || declaration.OpenBraceToken.IsMissing ? node.SpanStart : declaration.OpenBraceToken.Span.End;
        }

        private static bool IntLiteral(ExpressionSyntax expression, out int value)
        {
            if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } literal && literal.Token.Value is int number)
            {
                value = number;
                return true;
            }

            value = 0;
            return false;
        }

        private static bool Literal(ExpressionSyntax expression, out string? value)
        {
            if (expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
            {
                value = literal.Token.ValueText;
                return true;
            }

            value = null;
            return false;
        }
    }
}
