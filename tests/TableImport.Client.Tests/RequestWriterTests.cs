using System.Buffers;
using System.Text.Json;

namespace TableImport.Client.Tests;

public sealed class RequestWriterTests
{
    [Fact]
    public void Unset_values_are_left_out_not_sent_as_null()
    {
        var body = Write(SeedJobs.ScoredTransaction(), dryRun: false);

        Assert.DoesNotContain("null", body);
        using var json = JsonDocument.Parse(body);
        var input = json.RootElement.GetProperty("variables").GetProperty("input");
        Assert.False(input.TryGetProperty("modelVersion", out _));
        Assert.False(input.TryGetProperty("tableIngestionParameters", out _));
        Assert.False(input.TryGetProperty("dryRun", out _));
        Assert.False(input.GetProperty("schema").TryGetProperty("featuresList", out _));
    }

    [Fact]
    public void Enums_go_out_in_their_GraphQL_spelling()
    {
        var definition = SeedJobs.ScoredTransaction();
        definition.ModelType = ModelType.MultiClass;
        definition.ModelEnvironmentName = ModelEnvironment.Training;
        using var json = JsonDocument.Parse(Write(definition, dryRun: true));
        var input = json.RootElement.GetProperty("variables").GetProperty("input");

        Assert.Equal("multi_class", input.GetProperty("modelType").GetString());
        Assert.Equal("training", input.GetProperty("modelEnvironmentName").GetString());
        Assert.Equal("BigQuery", input.GetProperty("tableStore").GetString());
        Assert.True(input.GetProperty("dryRun").GetBoolean());
    }

    [Fact]
    public void The_Databricks_token_comes_from_the_caller_not_the_definition()
    {
        var definition = SeedJobs.ScoredTransaction();
        definition.TableStore = TableStore.Databricks;
        definition.BigQueryTableConfig = null;
        definition.DatabricksTableConfig = new DatabricksTableConfig { HostName = "h", Endpoint = "e", Catalog = "c", DatabricksSchema = "s", TableName = "t" };
        var buffer = new ArrayBufferWriter<byte>();
        TableImportRequestWriter.WriteCreateJobRequest(buffer, definition, "space", dryRun: false, databricksToken: "dapi-secret");

        using var json = JsonDocument.Parse(buffer.WrittenMemory);
        var config = json.RootElement.GetProperty("variables").GetProperty("input").GetProperty("databricksTableConfig");
        Assert.Equal("dapi-secret", config.GetProperty("token").GetString());
        Assert.Equal("s", config.GetProperty("databricksSchema").GetString());
        Assert.False(config.TryGetProperty("port", out _));
    }

    [Fact]
    public void Lists_embeddings_and_object_detection_columns_are_written()
    {
        var definition = SeedJobs.ScoredTransaction();
        definition.Schema.Features = null;
        definition.Schema.FeaturesList = ["a", "b"];
        definition.Schema.EmbeddingFeatures = [new EmbeddingFeatureColumns { FeatureName = "emb", VectorCol = "v" }];
        definition.Schema.PredictionObjectDetection = new ObjectDetectionColumns { BoundingBoxesCoordinatesColumnName = "coords" };
        definition.TableIngestionParameters = new TableIngestionParameters { RowLimit = 10 };
        using var json = JsonDocument.Parse(Write(definition, dryRun: false));
        var input = json.RootElement.GetProperty("variables").GetProperty("input");
        var schema = input.GetProperty("schema");

        Assert.Equal(["a", "b"], schema.GetProperty("featuresList").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("v", schema.GetProperty("embeddingFeatures")[0].GetProperty("vectorCol").GetString());
        Assert.False(schema.GetProperty("embeddingFeatures")[0].TryGetProperty("rawDataCol", out _));
        Assert.Equal("coords", schema.GetProperty("predictionObjectDetection").GetProperty("boundingBoxesCoordinatesColumnName").GetString());
        Assert.Equal(10, input.GetProperty("tableIngestionParameters").GetProperty("rowLimit").GetInt32());
        Assert.False(input.GetProperty("tableIngestionParameters").TryGetProperty("refreshIntervalMinutes", out _));
    }

    [Fact]
    public void Quotes_backslashes_control_and_non_ASCII_characters_round_trip()
    {
        const string name = "Modèle \"q\" \\ <b> & 'x'\n日本";
        using var json = JsonDocument.Parse(Write(SeedJobs.ScoredTransaction(name), dryRun: false));

        Assert.Equal(name, json.RootElement.GetProperty("variables").GetProperty("input").GetProperty("modelName").GetString());
    }

    [Fact]
    public void The_writer_is_reusable_across_calls_and_buffers()
    {
        var a = Write(SeedJobs.ScoredTransaction("a"), dryRun: false);
        var b = Write(SeedJobs.ScoredTransaction("b"), dryRun: false);

        Assert.Equal(a.Replace("\"a\"", "\"b\""), b);
    }

    private static string Write(TableImportJobDefinition definition, bool dryRun)
    {
        var buffer = new ArrayBufferWriter<byte>();
        TableImportRequestWriter.WriteCreateJobRequest(buffer, definition, "space_id", dryRun);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
