using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>A dry run or a create reads the job's table: the table, each mapped column and its type, each prefix.</summary>
public sealed class WarehouseCheckTests : WarehouseTestBase
{
    [Fact]
    public async Task A_table_that_fits_the_job_passes_the_dry_run_and_the_create()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);

        Assert.Equal(("Passed", null, null), await DryRunAsync(Jobs.Input()));
        var (id, _) = await Jobs.CreateAsync(Client);
        Assert.Equal("My Test Model", (await Jobs.GetAsync(Client, id)).GetProperty("modelName").GetString());
    }

    [Fact]
    public async Task A_mapped_column_the_table_lacks_fails_naming_the_field_the_column_and_the_table()
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("actual VARCHAR,", "", StringComparison.Ordinal));

        var (status, code, message) = await DryRunAsync(Jobs.Input());

        Assert.Equal("Failed", status);
        Assert.Equal("COLUMN_NOT_FOUND", code);
        Assert.StartsWith("schema.actualLabel: column \"actual\" is not in table \"test-dataset\".\"test-table\" (its columns: \"prediction_id\", ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_that_fails_the_warehouse_check_creates_nothing()
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("actual VARCHAR,", "", StringComparison.Ordinal));

        var data = (await Client.SendAsync(Jobs.Create, Jobs.Variables(Jobs.Input()))).AssertData().GetProperty("createTableImportJob");

        Assert.Equal("COLUMN_NOT_FOUND", data.GetProperty("validationResult").GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("tableImportJob").ValueKind);
        Assert.Empty(await Jobs.ListAllIdsAsync(Client, "space_id", 10));
    }

    [Fact]
    public async Task A_change_timestamp_stored_as_text_fails_naming_its_type()
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("partition_timestamp TIMESTAMP", "partition_timestamp VARCHAR", StringComparison.Ordinal));

        var (status, code, message) = await DryRunAsync(Jobs.Input());

        Assert.Equal("Failed", status);
        Assert.Equal("COLUMN_TYPE", code);
        Assert.Equal(
            "schema.changeTimestamp: column \"partition_timestamp\" of table \"test-dataset\".\"test-table\" is VARCHAR, which cannot hold a change timestamp; use TIMESTAMP (any precision), TIMESTAMP WITH TIME ZONE or DATE",
            message);
    }

    [Theory]
    [InlineData("", "there is no schema \"test-dataset\"")]
    [InlineData("CREATE SCHEMA \"test-dataset\";", "schema \"test-dataset\" has no tables")]
    [InlineData("CREATE SCHEMA \"test-dataset\"; CREATE TABLE \"test-dataset\".\"test_table\" (a INTEGER); CREATE TABLE \"test-dataset\".other (a INTEGER);", "schema \"test-dataset\" has \"other\", \"test_table\"")]
    public async Task A_missing_table_fails_saying_what_the_schema_holds(string ddl, string where)
    {
        Warehouse.Execute("CREATE TABLE unrelated (a INTEGER);" + ddl);

        var (status, code, message) = await DryRunAsync(Jobs.Input());

        Assert.Equal(("Failed", "TABLE_NOT_FOUND"), (status, code));
        Assert.Equal($"bigQueryTableConfig: table \"test-dataset\".\"test-table\" is not in the warehouse; {where}", message);
    }

    [Fact]
    public async Task A_prefix_that_matches_no_column_fails_naming_the_prefix()
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("tag_region", "region", StringComparison.Ordinal));

        var (_, code, message) = await DryRunAsync(Jobs.Input());

        Assert.Equal("COLUMN_NOT_FOUND", code);
        Assert.StartsWith("schema.tags: no column of table \"test-dataset\".\"test-table\" starts with \"tag_\", so the prefix matches nothing", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_a_prefix_matches_must_hold_the_prefix_role()
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("feature_country VARCHAR", "feature_location STRUCT(lat DOUBLE, lon DOUBLE)", StringComparison.Ordinal));

        var (_, code, message) = await DryRunAsync(Jobs.Input());

        Assert.Equal("COLUMN_TYPE", code);
        Assert.StartsWith("schema.features: column \"feature_location\" of table \"test-dataset\".\"test-table\" is STRUCT(lat DOUBLE, lon DOUBLE), which cannot hold a feature", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excluded_columns_are_not_matched_by_a_prefix()
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("feature_country VARCHAR", "feature_location STRUCT(lat DOUBLE, lon DOUBLE)", StringComparison.Ordinal));

        var result = await DryRunAsync(Jobs.Input(change: input => input["schema"]!["exclude"] = new JsonArray("feature_location")));

        Assert.Equal(("Passed", null, null), result);
    }

    [Theory]
    [InlineData("image_vector FLOAT[512], image_url VARCHAR", null)]
    [InlineData("image_vector VARCHAR[], image_url VARCHAR", "COLUMN_TYPE: schema.embeddingFeatures[0].vectorCol: column \"image_vector\" of table \"test-dataset\".\"test-table\" is VARCHAR[], which cannot hold an embedding vector; use FLOAT[] or DOUBLE[] (a list or a fixed-size array)")]
    [InlineData("image_vector DOUBLE[]", "COLUMN_NOT_FOUND: schema.embeddingFeatures[0].rawDataCol: column \"image_url\" is not in table")]
    public async Task Each_column_of_an_embedding_feature_is_checked(string columns, string? expected)
    {
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("partition_timestamp TIMESTAMP", "partition_timestamp TIMESTAMP, " + columns, StringComparison.Ordinal));
        var input = Jobs.Input(change: i => i["schema"]!["embeddingFeatures"] = new JsonArray(new JsonObject { ["featureName"] = "image", ["vectorCol"] = "image_vector", ["rawDataCol"] = "image_url" }));

        var (_, code, message) = await DryRunAsync(input);

        if (expected is null)
        {
            Assert.Null(message);
        }
        else
        {
            Assert.StartsWith(expected, $"{code}: {message}", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Listed_tags_are_columns_each_and_a_missing_one_is_named_by_its_position()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);
        var input = Jobs.Input(change: i =>
        {
            i["schema"]!.AsObject().Remove("tags");
            i["schema"]!["tagsList"] = new JsonArray("tag_region", "tag_channel");
        });

        var (_, code, message) = await DryRunAsync(input);

        Assert.Equal("COLUMN_NOT_FOUND", code);
        Assert.StartsWith("schema.tagsList[1]: column \"tag_channel\" is not in table \"test-dataset\".\"test-table\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multi_class_scores_must_be_a_map_from_class_to_number()
    {
        Warehouse.Execute("""
            CREATE SCHEMA "test-dataset";
            CREATE TABLE "test-dataset"."test-table" (prediction_id VARCHAR, scores MAP(VARCHAR, DOUBLE), truth MAP(VARCHAR, VARCHAR), changed DATE);
            """);
        var input = Jobs.Input(change: i =>
        {
            i["modelType"] = "multi_class";
            i["schema"] = new JsonObject { ["predictionId"] = "prediction_id", ["predictionScores"] = "scores", ["actualScores"] = "truth", ["changeTimestamp"] = "changed" };
        });

        var (_, code, message) = await DryRunAsync(input);

        Assert.Equal("COLUMN_TYPE", code);
        Assert.Equal("schema.actualScores: column \"truth\" of table \"test-dataset\".\"test-table\" is MAP(VARCHAR, VARCHAR), which cannot hold multi-class scores; use MAP(VARCHAR, number)", message);
    }

    [Fact]
    public async Task A_view_stands_for_a_table_and_its_rows_are_counted()
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable.Replace("\"table-name\"", "events", StringComparison.Ordinal));
        Warehouse.Execute("CREATE VIEW \"snowflake-schema\".\"table-name\" AS SELECT * FROM \"snowflake-schema\".events WHERE prediction <> 'test'");
        Warehouse.Execute("INSERT INTO \"snowflake-schema\".events (prediction_id, prediction, partition_timestamp) VALUES ('p1', 'fraud', '2024-08-20 02:00'), ('p2', 'test', '2024-08-20 02:00')");
        var (_, jobId) = await Jobs.CreateEventBasedAsync(Client);

        var query = await TriggerRunAsync(jobId, "2024-08-20T00:00:00Z", "2024-08-20T06:00:00Z");

        Assert.Equal(1, query.GetProperty("recordsProcessedCount").GetInt32());
    }

    [Fact]
    public async Task Column_and_table_names_match_ignoring_case_as_DuckDB_identifiers_do()
    {
        // A Snowflake table created with unquoted names keeps them as written; the job names them in upper case.
        Warehouse.Execute("""
            CREATE SCHEMA SCORING;
            CREATE TABLE scoring.fraud (pred_id VARCHAR, pred_label VARCHAR, "TIMESTAMP" TIMESTAMP, change_timestamp TIMESTAMPTZ);
            """);
        var input = Jobs.Input(change: i =>
        {
            i.Remove("bigQueryTableConfig");
            i["tableStore"] = "Snowflake";
            i["snowflakeTableConfig"] = new JsonObject { ["accountID"] = "a", ["schema"] = "SCORING", ["database"] = "d", ["tableName"] = "FRAUD" };
            i["schema"] = new JsonObject { ["predictionId"] = "PRED_ID", ["predictionLabel"] = "PRED_LABEL", ["timestamp"] = "TIMESTAMP", ["changeTimestamp"] = "CHANGE_TIMESTAMP" };
        });

        Assert.Equal(("Passed", null, null), await DryRunAsync(input));
    }

    [Fact]
    public async Task The_rules_are_judged_first_and_a_job_that_breaks_one_never_reads_the_table()
    {
        // No warehouse file exists at all: a rule failure must be what the dry run reports.
        var (_, code, message) = await DryRunAsync(Jobs.Input(change: i => i["modelName"] = " "));

        // A blank model name breaks Arize rule TI0018 (the rule engine's verdict), not a warehouse check.
        Assert.Equal("TI0018", code);
        Assert.StartsWith("TI0018", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_warehouse_file_that_does_not_exist_fails_the_dry_run_naming_the_file()
    {
        var (_, code, message) = await DryRunAsync(Jobs.Input());

        Assert.Equal("WAREHOUSE_UNAVAILABLE", code);
        Assert.Equal($"The warehouse {Warehouse.FilePath} does not exist: create it, with the job's table, before a dry run, a create or a run.", message);
    }

    [Fact]
    public async Task While_another_process_writes_to_the_file_a_dry_run_fails_clearly_and_passes_once_it_closes()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);

        // The check before it left nothing open: another process can open the file for writing.
        Assert.Equal(("Passed", null, null), await DryRunAsync(Jobs.Input()));
        await using (await Warehouse.HoldOpenForWritingAsync())
        {
            var (_, code, message) = await DryRunAsync(Jobs.Input());

            Assert.Equal("WAREHOUSE_UNAVAILABLE", code);
            Assert.StartsWith($"The emulator could not open the warehouse {Warehouse.FilePath} to read it: ", message, StringComparison.Ordinal);
            Assert.Contains("Conflicting lock is held", message, StringComparison.Ordinal);
            Assert.EndsWith("close the connection that writes to it before a dry run, a create or a run.", message, StringComparison.Ordinal);
        }

        Assert.Equal(("Passed", null, null), await DryRunAsync(Jobs.Input()));
    }

    [Fact]
    public void The_command_line_takes_the_warehouse_in_both_forms()
    {
        var spaced = new EmulatorOptions();
        var equals = new EmulatorOptions();

        Assert.Null(EmulatorCommandLine.Parse(["--warehouse", "w.duckdb"], spaced).Error);
        Assert.Null(EmulatorCommandLine.Parse(["--warehouse=x.duckdb"], equals).Error);

        Assert.Equal("w.duckdb", spaced.Warehouse);
        Assert.Equal("x.duckdb", equals.Warehouse);
        Assert.Equal("--warehouse needs a value.", EmulatorCommandLine.Parse(["--warehouse"], new EmulatorOptions()).Error);
    }
}
