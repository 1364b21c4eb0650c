using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Emulator.Tests;

/// <summary>The shape of an SDL document, as comparable text: each type's fields with their types and arguments.</summary>
internal static class SdlShape
{
    public static string SchemaFile => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api", "schema.graphql"));

    /// <summary>Each object, interface, input and enum type by name: its fields (<c>name(args): Type</c>) or values, in order.</summary>
    public static SortedDictionary<string, string> Types(string sdl)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    result[o.Name.StringValue] = string.Join("; ", (o.Fields?.Items ?? []).Select(f => Field(f.Name.StringValue, Type(f.Type), f.Arguments?.Items.Select(a => a.Name.StringValue + ": " + Type(a.Type)))));
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    result[i.Name.StringValue] = string.Join("; ", (i.Fields?.Items ?? []).Select(f => Field(f.Name.StringValue, Type(f.Type), f.Arguments?.Items.Select(a => a.Name.StringValue + ": " + Type(a.Type)))));
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    result[input.Name.StringValue] = string.Join("; ", (input.Fields?.Items ?? []).Select(f => Field(f.Name.StringValue, Type(f.Type), null)));
                    break;
                case GraphQLEnumTypeDefinition e:
                    result[e.Name.StringValue] = string.Join("; ", (e.Values?.Items ?? []).Select(v => v.Name.StringValue));
                    break;
            }
        }

        return result;
    }

    /// <summary>Every input field as <c>Type.field</c>, with its type.</summary>
    public static SortedDictionary<string, string> InputFields(string sdl) => new(
        Parser.Parse(sdl).Definitions.OfType<GraphQLInputObjectTypeDefinition>()
            .SelectMany(t => (t.Fields?.Items ?? []).Select(f => (Name: t.Name.StringValue + "." + f.Name.StringValue, Type: Type(f.Type))))
            .ToDictionary(f => f.Name, f => f.Type),
        StringComparer.Ordinal);

    public static string Field(string name, string type, IEnumerable<string>? args)
    {
        var list = args?.ToList() ?? [];
        return list.Count == 0 ? $"{name}: {type}" : $"{name}({string.Join(", ", list)}): {type}";
    }

    private static string Type(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Type(n.Type) + "!",
        GraphQLListType l => "[" + Type(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Generators.sln not found above the test output directory.");
    }
}
