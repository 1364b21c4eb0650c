using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>A run counts the rows of the job's table whose change timestamp falls in its window, both bounds included.</summary>
public sealed class WarehouseRunTests : WarehouseTestBase
{
    private const string SnowflakeTable = "\"snowflake-schema\".\"table-name\"";
    private const string SeedTable = "\"test-dataset\".\"test-table\"";

    [Fact]
    public async Task A_triggered_run_counts_the_rows_in_its_window_bounds_included()
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable);
        Warehouse.InsertChanges(
            SnowflakeTable,
            "2024-08-20T00:59:59.999999Z", // a microsecond before the window
            "2024-08-20T01:00:00Z",        // its start
            "2024-08-20T12:00:00Z",
            "2024-08-20T23:00:00Z",        // its end
            "2024-08-20T23:00:00.000001Z", // a microsecond after
            null);                         // no change timestamp: in no window
        var (_, jobId) = await Jobs.CreateEventBasedAsync(Client);

        var query = await TriggerRunAsync(jobId, "2024-08-20T01:00:00Z", "2024-08-20T23:00:00Z");

        Assert.Equal(3, query.GetProperty("recordsProcessedCount").GetInt32());
        Assert.Equal("2024-08-20T01:00:00Z", query.GetProperty("windowStartTimestamp").GetString());
        Assert.Equal("2024-08-20T23:00:00Z", query.GetProperty("windowEndTimestamp").GetString());
    }

    [Theory]
    [InlineData("TIMESTAMPTZ", "'2024-08-20 03:00:00+02'", true)]  // 01:00Z, the start
    [InlineData("TIMESTAMPTZ", "'2024-08-20 02:59:59+02'", false)] // 00:59:59Z
    [InlineData("TIMESTAMPTZ", "'2024-08-20 22:30:00-00:30'", true)] // 23:00Z, the end
    [InlineData("DATE", "'2024-08-21'", true)]  // the midnight that starts it is the window's end
    [InlineData("DATE", "'2024-08-20'", false)] // its midnight is before the window's start
    [InlineData("TIMESTAMP_NS", "'2024-08-20 23:00:00.000000001'", false)]
    [InlineData("TIMESTAMP_MS", "'2024-08-20 23:00:00'", true)]
    public async Task Zoned_timestamps_compare_as_instants_and_dates_as_their_midnight(string type, string changed, bool counted)
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable.Replace("partition_timestamp TIMESTAMP", "partition_timestamp " + type, StringComparison.Ordinal));
        Warehouse.Execute($"INSERT INTO {SnowflakeTable} (prediction_id, partition_timestamp) VALUES ('p1', {changed})");
        var (_, jobId) = await Jobs.CreateEventBasedAsync(Client);
        var end = type == "DATE" ? "2024-08-21T00:00:00Z" : "2024-08-20T23:00:00Z";

        var query = await TriggerRunAsync(jobId, "2024-08-20T01:00:00Z", end);

        Assert.Equal(counted ? 1 : 0, query.GetProperty("recordsProcessedCount").GetInt32());
    }

    [Theory]
    [InlineData("TIMESTAMP")]
    [InlineData("TIMESTAMPTZ")]
    public async Task Window_bounds_do_not_move_with_DuckDBs_time_zone(string type)
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable.Replace("partition_timestamp TIMESTAMP", "partition_timestamp " + type, StringComparison.Ordinal));
        Warehouse.InsertChanges(SnowflakeTable, "2024-08-20T00:30:00Z", "2024-08-20T01:00:00Z", "2024-08-20T01:30:00Z");
        var (_, jobId) = await Jobs.CreateEventBasedAsync(Client);

        // A connection this process holds open is the one database the emulator reads too (DuckDB.NET shares one per
        // path within a process), so its time zone is the emulator's: 13:45 ahead of UTC.
        using var held = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + Warehouse.FilePath);
        held.Open();
        using (var command = held.CreateCommand())
        {
            command.CommandText = "SET GLOBAL TimeZone = 'Pacific/Chatham'";
            command.ExecuteNonQuery();
        }

        var query = await TriggerRunAsync(jobId, "2024-08-20T01:00:00Z", "2024-08-20T02:00:00Z");

        Assert.Equal(2, query.GetProperty("recordsProcessedCount").GetInt32());
    }

    [Fact]
    public async Task The_application_writes_between_runs_and_each_run_sees_what_was_written_before_it()
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable);
        var (id, jobId) = await Jobs.CreateEventBasedAsync(Client);

        Warehouse.InsertChanges(SnowflakeTable, "2024-08-20T02:00:00Z");
        var first = await TriggerRunAsync(jobId, "2024-08-20T00:00:00Z", "2024-08-20T06:00:00Z");
        Warehouse.InsertChanges(SnowflakeTable, "2024-08-20T03:00:00Z", "2024-08-20T07:00:00Z");
        var second = await TriggerRunAsync(jobId, "2024-08-20T00:00:00Z", "2024-08-20T06:00:00Z");

        Assert.Equal(1, first.GetProperty("recordsProcessedCount").GetInt32());
        Assert.Equal(2, second.GetProperty("recordsProcessedCount").GetInt32());
        var history = (await Jobs.GetAsync(Client, id)).GetProperty("queries");
        Assert.Equal([1, 2], history.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("recordsProcessedCount").GetInt32()));
    }

    [Fact]
    public async Task A_run_reads_at_most_the_row_limit()
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable);
        Warehouse.InsertChanges(SnowflakeTable, "2024-08-20T02:00:00Z", "2024-08-20T03:00:00Z", "2024-08-20T04:00:00Z");
        var input = Jobs.SnowflakeInput();
        input["tableIngestionParameters"] = new JsonObject { ["rowLimit"] = 2 };
        var jobId = (await Client.SendAsync(Jobs.CreateEventBased, Jobs.Variables(input))).AssertData()
            .GetProperty("createTriggeredOngoingTableImportJob").GetProperty("tableImportJob").GetProperty("jobId").GetString()!;

        var query = await TriggerRunAsync(jobId, "2024-08-20T00:00:00Z", "2024-08-20T06:00:00Z");

        Assert.Equal(2, query.GetProperty("recordsProcessedCount").GetInt32());
    }

    [Fact]
    public async Task A_triggered_run_whose_table_no_longer_fits_is_an_error_and_records_nothing()
    {
        Warehouse.Execute(WarehouseFile.SnowflakeTable);
        var (id, jobId) = await Jobs.CreateEventBasedAsync(Client);
        Warehouse.Execute($"ALTER TABLE {SnowflakeTable} DROP COLUMN actual");

        var response = await TriggerAsync(jobId, "2024-08-20T00:00:00Z", "2024-08-20T06:00:00Z");

        Assert.True(response.HasErrors, response.Body);
        Assert.StartsWith("schema.actualLabel: column \"actual\" is not in table \"snowflake-schema\".\"table-name\"", response.FirstError, StringComparison.Ordinal);
        Assert.Equal("COLUMN_NOT_FOUND", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var job = await Jobs.GetAsync(Client, id);
        Assert.Equal(0, job.GetProperty("queries").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, job.GetProperty("totalQueriesSuccessCount").GetInt32());
    }

    [Fact]
    public async Task Scheduled_runs_count_the_rows_of_their_own_window_on_the_emulator_clock()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);
        Warehouse.InsertChanges(
            SeedTable,
            "2024-08-19T23:59:59Z",        // before the first window
            "2024-08-20T00:00:00Z",        // the first window's start
            "2024-08-20T00:30:00Z",
            "2024-08-20T01:00:00Z",        // the first window's end and the second's start: in both
            "2024-08-20T01:30:00Z",
            "2024-08-20T02:00:00.000001Z"); // after the second window
        var (id, _) = await Jobs.CreateAsync(Client, Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["refreshIntervalMinutes"] = 60, ["queryWindowSizeHours"] = 1 }));

        Server.Clock.Advance(TimeSpan.FromHours(2));

        var queries = (await Jobs.GetAsync(Client, id)).GetProperty("queries").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(
            [("2024-08-20T00:00:00Z", "2024-08-20T01:00:00Z", 3), ("2024-08-20T01:00:00Z", "2024-08-20T02:00:00Z", 2)],
            queries.Select(q => (q.GetProperty("windowStartTimestamp").GetString(), q.GetProperty("windowEndTimestamp").GetString(), q.GetProperty("recordsProcessedCount").GetInt32())));
    }

    [Fact]
    public async Task Scheduled_runs_that_cannot_read_their_table_are_failed_queries_until_it_is_back()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);
        var (id, _) = await Jobs.CreateAsync(Client);
        Warehouse.Execute($"ALTER TABLE {SeedTable} RENAME TO renamed");

        Server.Clock.Advance(TimeSpan.FromHours(2));

        var job = await Jobs.GetAsync(Client, id);
        Assert.Equal((0, 2, 0), (job.GetProperty("totalQueriesSuccessCount").GetInt32(), job.GetProperty("totalQueriesFailedCount").GetInt32(), job.GetProperty("queries").GetProperty("totalCount").GetInt32()));

        Warehouse.Execute("ALTER TABLE \"test-dataset\".renamed RENAME TO \"test-table\"");
        Warehouse.InsertChanges(SeedTable, "2024-08-20T02:30:00Z");
        Server.Clock.Advance(TimeSpan.FromHours(1));

        job = await Jobs.GetAsync(Client, id);
        Assert.Equal((1, 2), (job.GetProperty("totalQueriesSuccessCount").GetInt32(), job.GetProperty("totalQueriesFailedCount").GetInt32()));
        Assert.Equal(1, job.GetProperty("queries").GetProperty("edges")[0].GetProperty("node").GetProperty("recordsProcessedCount").GetInt32());
    }

    [Fact]
    public async Task A_scheduled_window_of_zero_hours_has_no_lower_bound()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);
        Warehouse.InsertChanges(SeedTable, "2000-01-01T00:00:00Z", "2024-08-20T00:59:00Z", "2024-08-20T01:00:01Z");
        var (id, _) = await Jobs.CreateAsync(Client, Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["queryWindowSizeHours"] = 0 }));

        Server.Clock.Advance(TimeSpan.FromHours(1));

        var query = (await Jobs.GetAsync(Client, id)).GetProperty("queries").GetProperty("edges")[0].GetProperty("node");
        Assert.Equal(JsonValueKind.Null, query.GetProperty("windowStartTimestamp").ValueKind);
        Assert.Equal(2, query.GetProperty("recordsProcessedCount").GetInt32());
    }
}
