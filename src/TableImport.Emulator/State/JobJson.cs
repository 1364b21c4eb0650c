using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TableImport.Emulator.Model;

namespace TableImport.Emulator.State;

/// <summary>
/// A job as a data file's row holds it: the record's state, and its definition under <c>definition</c>, with enum values in
/// their GraphQL spelling (the API's own, so a row reads like the request that made it).
/// </summary>
internal static class JobJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters =
        {
            new GraphQLEnumConverter<ModelType>(GraphQLNames.Of, GraphQLNames.TryParse, "a model type"),
            new GraphQLEnumConverter<ModelEnvironment>(GraphQLNames.Of, GraphQLNames.TryParse, "an environment"),
            new GraphQLEnumConverter<TableStore>(GraphQLNames.Of, GraphQLNames.TryParse, "a table store"),
        },
    };

    public static string Write(TableImportJob job) => JsonSerializer.Serialize(job, Options);

    /// <summary>A row in this version's shape, or in the first version's, which kept the definition's fields at the top.</summary>
    public static TableImportJob Read(string json)
    {
        var row = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("the row is not a JSON object");
        if (!row.ContainsKey("definition"))
        {
            // The first version's row holds the definition's fields by the definition's own names (its table configs,
            // schema and effective ingestion parameters among them), so the row, read as a definition, is it.
            row["definition"] = row.DeepClone();
        }

        return row.Deserialize<TableImportJob>(Options) ?? throw new JsonException("the row is null");
    }

    internal delegate bool TryParse<T>(string? text, out T value);

    private sealed class GraphQLEnumConverter<T>(Func<T, string> write, TryParse<T> parse, string what) : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return parse(text, out var value) ? value : throw new JsonException($"'{text}' is not {what}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }
}
