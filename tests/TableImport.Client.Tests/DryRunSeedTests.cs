using System.Text.Json;

namespace TableImport.Client.Tests;

public sealed class DryRunSeedTests
{
    // Copied verbatim from the seed documentation's dry-run example ("variables:").
    private const string SeedDryRunVariables = """
        {
        "input" : {
        "spaceId" : "space_id" ,
        "modelName" : "My Test Model" ,
        "modelType" : "score_categorical" ,
        "modelEnvironmentName" : "production" ,
        "tableStore" : "BigQuery" ,
        "bigQueryTableConfig" : {
        "projectId" : "test-project-id" ,
        "dataset" : "test-dataset" ,
        "tableName" : "test-table"
        } ,
        "schema" : {
        "predictionId" : "prediction_id" ,
        "predictionLabel" : "prediction" ,
        "timestamp" : "prediction_ts" ,
        "features" : "feature_" ,
        "actualLabel" : "actual" ,
        "version" : "model_version" ,
        "tags" : "tag_" ,
        "changeTimestamp" : "partition_timestamp"
        } ,
        "dryRun" : true
        }
        }
        """;

    // Copied verbatim from the seed documentation's create example ("variables").
    private const string SeedCreateVariables = """
        {
        "input" : {
        "spaceId" : "space_id" ,
        "modelName" : "My Test Model" ,
        "modelType" : "score_categorical" ,
        "modelEnvironmentName" : "production" ,
        "tableStore" : "BigQuery" ,
        "bigQueryTableConfig" : {
        "projectId" : "test-project-id" ,
        "dataset" : "test-dataset" ,
        "tableName" : "test-table"
        } ,
        "schema" : {
        "predictionId" : "prediction_id" ,
        "predictionLabel" : "prediction" ,
        "timestamp" : "prediction_ts" ,
        "features" : "feature_" ,
        "actualLabel" : "actual" ,
        "version" : "model_version" ,
        "tags" : "tag_" ,
        "changeTimestamp" : "partition_timestamp"
        }
        }
        }
        """;

    [Fact]
    public async Task DryRun_of_the_architecture_example_sends_exactly_the_seed_variables()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var result = await harness.Client.DryRunAsync(ArchitectureExample.ScoredTransaction.TableImportJob, Test.Timeout);

        Assert.True(result.Passed, result.ToString());
        var request = Assert.Single(harness.Recorder.Requests);
        using var sent = JsonDocument.Parse(request.Body);
        using var seed = JsonDocument.Parse(SeedDryRunVariables);
        var sentInput = sent.RootElement.GetProperty("variables").GetProperty("input");
        var seedInput = seed.RootElement.GetProperty("input");
        Assert.True(JsonElement.DeepEquals(seedInput, sentInput), $"sent {sentInput}\nseed {seedInput}");
        Assert.Equal(Keys(seedInput), Keys(sentInput));
        Assert.Equal("dryRunTableImportJob", sent.RootElement.GetProperty("operationName").GetString());
        Assert.Equal(1, harness.Server.RequestCounts.Get("createTableImportJob:dryRun"));
        Assert.Equal(0, harness.Server.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task Create_of_the_architecture_example_sends_exactly_the_seed_variables()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var job = await harness.Client.CreateJobAsync(ArchitectureExample.ScoredTransaction.TableImportJob, Test.Timeout);

        Assert.False(string.IsNullOrEmpty(job.Id));
        var request = Assert.Single(harness.Recorder.Requests);
        using var sent = JsonDocument.Parse(request.Body);
        using var seed = JsonDocument.Parse(SeedCreateVariables);
        Assert.True(JsonElement.DeepEquals(seed.RootElement.GetProperty("input"), sent.RootElement.GetProperty("variables").GetProperty("input")), request.Body);
    }

    private static string[] Keys(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject().SelectMany(p => new[] { p.Name }.Concat(Keys(p.Value).Select(k => p.Name + "." + k))).ToArray()
            : [];
}
