using DuckDB.NET.Data;
using TableImport.Emulator;

namespace TableImport.Client.Tests.WarehousePipeline;

/// <summary>A job type as an application declares it; the generator writes its job and its column names.</summary>
[TableImportJob("fraud-events", ModelType.ScoreCategorical, ModelEnvironment.Production, EventBased = true)]
[SnowflakeTable("acme", "RISK", "SCORING", "FRAUD_EVENTS")]
[FeaturePrefix("feature_")]
public partial class FraudEvent
{
    [PredictionId]        public string PredictionId { get; set; } = "";
    [PredictionLabel]     public string Prediction { get; set; } = "";
    [PredictionScore]     public double Score { get; set; }
    [PredictionTimestamp] public DateTimeOffset PredictedAt { get; set; }
    [ActualLabel]         public string? Actual { get; set; }
    [Feature]             public double FeatureAmount { get; set; }
    [Feature]             public string[] FeatureMerchants { get; set; } = [];
    [ChangeTimestamp]     public DateTime ChangedAt { get; set; }
}

/// <summary>
/// The pipeline end to end, every part real: the generated job, the table created from the generated DDL
/// (<c>FraudEvent.CreateTableSql(WarehouseDialect.DuckDb)</c>), the client, the emulator over that DuckDB file, rows
/// written with the generated column names.
/// </summary>
public sealed class WarehousePipelineTests : IDisposable
{
    private static readonly string Table = WarehouseTables.QualifiedName(WarehouseDialect.DuckDb, FraudEvent.TableImportJob);
    private static readonly string Ddl = FraudEvent.CreateTableSql(WarehouseDialect.DuckDb);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tableimport-pipeline-" + Guid.NewGuid().ToString("N"));
    private readonly string warehouse;

    public WarehousePipelineTests()
    {
        Directory.CreateDirectory(folder);
        warehouse = Path.Combine(folder, "warehouse.duckdb");
    }

    [Fact]
    public void The_generated_DDL_is_the_table_the_emulator_looks_up_with_one_column_per_member()
    {
        // Read from the type above, not from the generator: "<schema>"."<table>" is the Snowflake schema and table.
        Assert.Equal("\"SCORING\".\"FRAUD_EVENTS\"", Table);
        Assert.Equal(
            """
            CREATE SCHEMA IF NOT EXISTS "SCORING";
            CREATE TABLE IF NOT EXISTS "SCORING"."FRAUD_EVENTS" (
                "prediction_id" VARCHAR,
                "prediction" VARCHAR,
                "score" DOUBLE,
                "predicted_at" TIMESTAMP WITH TIME ZONE,
                "actual" VARCHAR,
                "feature_amount" DOUBLE,
                "feature_merchants" VARCHAR[],
                "changed_at" TIMESTAMP
            );
            """.ReplaceLineEndings("\n"),
            Ddl);
    }

    [Fact]
    public async Task A_table_matching_the_type_is_accepted_and_a_triggered_run_counts_exactly_the_rows_in_its_window()
    {
        Execute(Ddl);
        var start = new DateTimeOffset(2024, 8, 20, 1, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(2024, 8, 20, 23, 0, 0, TimeSpan.Zero);
        Write(
            Event("before", start.AddTicks(-10)),
            Event("at-start", start),
            Event("inside", start.AddHours(5)),
            Event("at-end", end),
            Event("after", end.AddTicks(10)));
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { Warehouse = warehouse });

        var check = await harness.Client.DryRunAsync(FraudEvent.TableImportJob);
        Assert.True(check.Passed, check.ErrorMessage);
        var job = await harness.Client.CreateEventBasedJobAsync(FraudEvent.TableImportJob);
        await harness.Client.TriggerRunAsync(job.JobId, start, end);
        Write(Event("written-after-the-run", start.AddHours(6)));
        await harness.Client.TriggerRunAsync(job.JobId, start, end);

        var queries = await harness.Client.ListQueriesAsync(job.Id);
        Assert.Equal([3, 4], queries.Queries.Select(q => q.RecordsProcessedCount));
        Assert.All(queries.Queries, q => Assert.Equal((start, end), (q.WindowStartTimestamp, q.WindowEndTimestamp)));
    }

    [Fact]
    public async Task A_dry_run_names_the_column_the_table_lacks_and_a_change_timestamp_stored_as_text()
    {
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { Warehouse = warehouse });

        Execute(Ddl.Replace("\n    \"actual\" VARCHAR,", "", StringComparison.Ordinal));
        var missing = await harness.Client.DryRunAsync(FraudEvent.TableImportJob);
        Execute("DROP TABLE " + Table + ";" + Ddl.Replace("\"changed_at\" TIMESTAMP", "\"changed_at\" VARCHAR", StringComparison.Ordinal));
        var text = await harness.Client.DryRunAsync(FraudEvent.TableImportJob);

        // The client reads the seed's selection, error { message }: the code stays on the server's side.
        Assert.False(missing.Passed);
        Assert.StartsWith($"schema.actualLabel: column \"{FraudEvent.Columns.Actual}\" is not in table {Table}", missing.ErrorMessage, StringComparison.Ordinal);
        Assert.False(text.Passed);
        Assert.StartsWith($"schema.changeTimestamp: column \"{FraudEvent.Columns.ChangedAt}\" of table {Table} is VARCHAR", text.ErrorMessage, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static FraudEvent Event(string id, DateTimeOffset changed) => new()
    {
        PredictionId = id,
        Prediction = "fraud",
        Score = 0.93,
        PredictedAt = changed.AddMinutes(-5),
        FeatureAmount = 129.99,
        FeatureMerchants = ["m-1", "m-2"],
        ChangedAt = changed.UtcDateTime,
    };

    /// <summary>Inserts rows the way an application would, naming the columns by the generated constants.</summary>
    private void Write(params FraudEvent[] events)
    {
        using var connection = Open();
        foreach (var e in events)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO {Table} ("{FraudEvent.Columns.PredictionId}", "{FraudEvent.Columns.Prediction}", "{FraudEvent.Columns.Score}",
                    "{FraudEvent.Columns.PredictedAt}", "{FraudEvent.Columns.Actual}", "{FraudEvent.Columns.FeatureAmount}",
                    "{FraudEvent.Columns.FeatureMerchants}", "{FraudEvent.Columns.ChangedAt}")
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """;
            foreach (var value in new object?[] { e.PredictionId, e.Prediction, e.Score, e.PredictedAt, e.Actual, e.FeatureAmount, e.FeatureMerchants, e.ChangedAt })
            {
                command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
            }

            command.ExecuteNonQuery();
        }
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=" + warehouse);
        connection.Open();
        return connection;
    }
}
