using System.Text.Json;
using TableImport.Emulator.GraphQL;

namespace TableImport.Emulator.Tests;

/// <summary>
/// What the emulator serves, seen through introspection, is the SDL of the picture it serves: docs/api/schema.graphql
/// itself for known, and that file without its unproven input fields for proven (ServedSchemaTests says which those
/// are). Same types, fields, arguments and type references.
/// </summary>
public sealed class SchemaConformanceTests
{
    private const string TypeRef = "name kind ofType { name kind ofType { name kind ofType { name kind } } }";

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Proven)]
    public async Task Served_schema_matches_the_contract_file(EmulatorGraphQLSchema picture)
    {
        var expected = SdlShape.Types(picture == EmulatorGraphQLSchema.Known ? SdlShape.SchemaFile : ServedSchema.Sdl(picture));
        var query = $"{{ __schema {{ types {{ name kind fields {{ name type {{ {TypeRef} }} args {{ name type {{ {TypeRef} }} }} }} inputFields {{ name type {{ {TypeRef} }} }} enumValues {{ name }} }} }} }}";
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        using var client = new GraphQLTestClient(server.GraphQLEndpoint);

        var types = (await client.SendAsync(query)).AssertData().GetProperty("__schema").GetProperty("types");
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

    private static string Describe(JsonElement type)
    {
        if (type.GetProperty("kind").GetString() == "ENUM")
        {
            return string.Join("; ", type.GetProperty("enumValues").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
        }

        var fields = type.GetProperty(type.GetProperty("kind").GetString() == "INPUT_OBJECT" ? "inputFields" : "fields");
        return string.Join("; ", fields.EnumerateArray().Select(f => SdlShape.Field(
            f.GetProperty("name").GetString()!,
            Served(f.GetProperty("type")),
            f.TryGetProperty("args", out var args) ? args.EnumerateArray().Select(a => a.GetProperty("name").GetString() + ": " + Served(a.GetProperty("type"))) : null)));
    }

    private static string Served(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => Served(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + Served(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };
}
