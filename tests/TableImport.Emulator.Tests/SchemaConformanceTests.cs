using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Emulator.Tests;

/// <summary>What the emulator serves, seen through introspection, is docs/api/schema.graphql: same types, fields, arguments and type references.</summary>
public sealed class SchemaConformanceTests : EmulatorTestBase
{
    private const string TypeRef = "name kind ofType { name kind ofType { name kind ofType { name kind } } }";

    [Fact]
    public async Task Served_schema_matches_the_contract_file()
    {
        var expected = FromSdl(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api", "schema.graphql")));
        var query = $"{{ __schema {{ types {{ name kind fields {{ name type {{ {TypeRef} }} args {{ name type {{ {TypeRef} }} }} }} inputFields {{ name type {{ {TypeRef} }} }} enumValues {{ name }} }} }} }}";

        var types = (await Client.SendAsync(query)).AssertData().GetProperty("__schema").GetProperty("types");
        var served = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in types.EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (expected.ContainsKey(name))
            {
                served[name] = Describe(type);
            }
        }

        Assert.Equal(expected, served);
    }

    private static SortedDictionary<string, string> FromSdl(string sdl)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in Parser.Parse(sdl).Definitions)
        {
            switch (definition)
            {
                case GraphQLObjectTypeDefinition o:
                    result[o.Name.StringValue] = string.Join("; ", (o.Fields?.Items ?? []).Select(f => Field(f.Name.StringValue, Sdl(f.Type), f.Arguments?.Items.Select(a => a.Name.StringValue + ": " + Sdl(a.Type)))));
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    result[i.Name.StringValue] = string.Join("; ", (i.Fields?.Items ?? []).Select(f => Field(f.Name.StringValue, Sdl(f.Type), f.Arguments?.Items.Select(a => a.Name.StringValue + ": " + Sdl(a.Type)))));
                    break;
                case GraphQLInputObjectTypeDefinition input:
                    result[input.Name.StringValue] = string.Join("; ", (input.Fields?.Items ?? []).Select(f => Field(f.Name.StringValue, Sdl(f.Type), null)));
                    break;
                case GraphQLEnumTypeDefinition e:
                    result[e.Name.StringValue] = string.Join("; ", (e.Values?.Items ?? []).Select(v => v.Name.StringValue));
                    break;
            }
        }

        return result;
    }

    private static string Describe(JsonElement type)
    {
        if (type.GetProperty("kind").GetString() == "ENUM")
        {
            return string.Join("; ", type.GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        }

        var fields = type.GetProperty(type.GetProperty("kind").GetString() == "INPUT_OBJECT" ? "inputFields" : "fields");
        return string.Join("; ", fields.EnumerateArray().Select(f => Field(
            f.GetProperty("name").GetString()!,
            Served(f.GetProperty("type")),
            f.TryGetProperty("args", out var args) ? args.EnumerateArray().Select(a => a.GetProperty("name").GetString() + ": " + Served(a.GetProperty("type"))) : null)));
    }

    private static string Field(string name, string type, IEnumerable<string>? args)
    {
        var list = args?.ToList() ?? [];
        return list.Count == 0 ? $"{name}: {type}" : $"{name}({string.Join(", ", list)}): {type}";
    }

    private static string Sdl(GraphQLType type) => type switch
    {
        GraphQLNonNullType n => Sdl(n.Type) + "!",
        GraphQLListType l => "[" + Sdl(l.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };

    private static string Served(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Served(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Served(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
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
