namespace TableImport.Client.Tests;

/// <summary>A job as the space reports it, turned into a definition and a scaffold: what is reported is kept, what is not is said.</summary>
public sealed class TableImportJobScaffoldsTests
{
    [Fact]
    public async Task A_batch_id_the_server_reports_for_a_batch_id_column_is_not_taken_for_a_fixed_one()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        await harness.Client.CreateJobAsync(Job("with-column", batchId: null, batchColumn: "batch"));
        await harness.Client.CreateJobAsync(Job("with-both", batchId: "2026-12", batchColumn: "batch"));

        var reported = await ListAsync(harness.Client);
        Assert.Equal("batch", reported["with-column"].BatchId);
        Assert.Null(reported["with-column"].ToDefinition().BatchId);
        Assert.Equal("batch", reported["with-column"].ToDefinition().Schema.BatchId);
        Assert.Equal("2026-12", reported["with-both"].ToDefinition().BatchId);
    }

    [Fact]
    public async Task The_definition_is_the_jobs_own_and_the_scaffold_says_what_the_API_does_not_report()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var declared = Job("snowflake-job", batchId: "b1", batchColumn: null);
        declared.TableStore = TableStore.Snowflake;
        declared.BigQueryTableConfig = null;
        declared.SnowflakeTableConfig = new SnowflakeTableConfig { AccountID = "acme", Database = "ML", Schema = "S", TableName = "SCORES" };
        declared.TableIngestionParameters = new TableIngestionParameters { RowLimit = 100, RefreshIntervalMinutes = 15, QueryWindowSizeHours = 6 };
        var created = await harness.Client.CreateJobAsync(declared);
        await harness.Client.PauseJobAsync(created.JobId);

        var job = (await ListAsync(harness.Client))["snowflake-job"];
        var definition = job.ToDefinition();
        Assert.Equal(("snowflake-job", "v2", "b1", "SCORES", ""), (definition.ModelName, definition.ModelVersion, definition.BatchId, definition.SnowflakeTableConfig!.TableName, definition.SnowflakeTableConfig.AccountID));
        Assert.Equal((null, 15, 6), (definition.TableIngestionParameters!.RowLimit, definition.TableIngestionParameters.RefreshIntervalMinutes, definition.TableIngestionParameters.QueryWindowSizeHours));
        foreach (var field in SchemaFields.All)
        {
            Assert.Equal(field.IsSet(declared.Schema), field.IsSet(definition.Schema));
        }

        // A copy: changing it leaves the reported job as it was.
        definition.Schema.PredictionId = "changed";
        Assert.Equal("id", job.Schema.PredictionId);

        var notes = string.Join("\n", job.ToScaffold().Notes);
        Assert.Contains("not its account, database or schema", notes, StringComparison.Ordinal);
        Assert.Contains("EventBased = false is assumed", notes, StringComparison.Ordinal);
        Assert.Contains("does not report the row limit", notes, StringComparison.Ordinal);
        Assert.Contains("paused in the space", notes, StringComparison.Ordinal);
    }

    private static TableImportJobDefinition Job(string model, string? batchId, string? batchColumn) => new()
    {
        ModelName = model, ModelType = ModelType.ScoreCategorical, ModelEnvironmentName = ModelEnvironment.Validation, ModelVersion = "v2", BatchId = batchId,
        TableStore = TableStore.BigQuery, BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = model },
        Schema = new TableImportSchema
        {
            PredictionId = "id", Timestamp = "at", ChangeTimestamp = "changed", PredictionLabel = "label", ActualLabel = "actual", BatchId = batchColumn,
            FeaturesList = ["f1", "f2"], EmbeddingFeatures = [new EmbeddingFeatureColumns { FeatureName = "e", VectorCol = "v", RawDataCol = "r" }],
        },
    };

    private static async Task<Dictionary<string, TableImportJobInfo>> ListAsync(TableImportClient client)
    {
        var jobs = new Dictionary<string, TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync())
        {
            jobs[job.ModelName] = job;
        }

        return jobs;
    }
}
