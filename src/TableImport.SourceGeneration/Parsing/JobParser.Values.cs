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
    /// <summary>Attribute arguments and locations: what a value that does not bind reads as (null), and where a rule points.</summary>
    internal static partial class JobParser
    {
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
