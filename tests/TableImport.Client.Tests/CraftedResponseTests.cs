using Microsoft.Extensions.Logging;

namespace TableImport.Client.Tests;

/// <summary>
/// Answers a real server could give but the emulator cannot (it validates its enums and pages correctly), crafted by a
/// stub handler: unknown enum values, blank ids, a paging server going in circles, secrets echoed in a validation message.
/// </summary>
public sealed class CraftedResponseTests
{
    [Fact]
    public async Task Listing_skips_a_job_with_a_value_this_client_does_not_know_and_warns_naming_job_and_value()
    {
        var stub = new StubHandler((_, _) => StubHandler.JobsPage(false, "c1",
            StubHandler.Job("j1"),
            StubHandler.Job("j2", "\"modelType\":\"time_series\""),
            StubHandler.Job("j3", "\"modelEnvironmentName\":\"staging\""),
            StubHandler.Job("j4", "\"tableStore\":\"Redshift\""),
            StubHandler.Job("j5", "\"jobStatus\":\"archived\""),
            StubHandler.Job("j6")));
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var client = StubHandler.Client(stub, factory.CreateLogger<TableImportClient>());

        var jobs = await EndToEndTests.ToListAsync(client.ListJobsAsync(Test.Timeout));

        Assert.Equal(["j1", "j6"], jobs.Select(j => j.JobId));
        var warnings = logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Contains(warnings, l => l.Contains("skipped job j2", StringComparison.Ordinal) && l.Contains("modelType 'time_series'", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains("skipped job j3", StringComparison.Ordinal) && l.Contains("modelEnvironmentName 'staging'", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains("skipped job j4", StringComparison.Ordinal) && l.Contains("tableStore 'Redshift'", StringComparison.Ordinal));
        Assert.Contains(warnings, l => l.Contains("skipped job j5", StringComparison.Ordinal) && l.Contains("jobStatus 'archived'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Getting_a_job_with_an_unknown_value_throws_naming_it()
    {
        var stub = new StubHandler((_, _) => "{\"data\":{\"node\":" + StubHandler.Job("j2", "\"modelType\":\"time_series\"") + "}}");
        using var client = StubHandler.Client(stub);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => client.GetJobAsync("node-j2", Test.Timeout));

        Assert.Equal("GetJob", ex.Operation);
        Assert.Contains("job 'j2' has modelType 'time_series'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reported_fields_map_onto_the_info_and_unreported_ones_are_null_or_empty()
    {
        var stub = new StubHandler((_, _) => StubHandler.JobsPage(false, null,
            StubHandler.Job("bq"),
            StubHandler.Job("sf", "\"tableStore\":\"Snowflake\"", "\"projectId\":null", "\"dataset\":null"),
            StubHandler.Job("db", "\"tableStore\":\"Databricks\"", "\"projectId\":null", "\"dataset\":null", "\"tableIngestionParameters\":{}")));
        using var client = StubHandler.Client(stub);

        var jobs = await EndToEndTests.ToListAsync(client.ListJobsAsync(Test.Timeout));

        var bq = jobs[0];
        Assert.Equal("t", bq.Table);
        Assert.Equal("p.d.t", bq.BigQueryTableConfig!.ToString());
        Assert.Null(bq.SnowflakeTableConfig);
        Assert.Null(bq.DatabricksTableConfig);
        Assert.Null(bq.EventBased);
        Assert.Equal(30, bq.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal(48, bq.TableIngestionParameters.QueryWindowSizeHours);
        Assert.Null(bq.TableIngestionParameters.RowLimit);
        Assert.Equal((3, 1, 0), (bq.TotalQueriesSuccessCount, bq.TotalQueriesFailedCount, bq.TotalQueriesPendingCount));

        var sf = jobs[1];
        Assert.Null(sf.BigQueryTableConfig);
        Assert.Equal(("", "", "", "t"), (sf.SnowflakeTableConfig!.AccountID, sf.SnowflakeTableConfig.Database, sf.SnowflakeTableConfig.Schema, sf.SnowflakeTableConfig.TableName));

        var db = jobs[2];
        Assert.Equal(("", "", "", "t"), (db.DatabricksTableConfig!.HostName, db.DatabricksTableConfig.Catalog, db.DatabricksTableConfig.DatabricksSchema, db.DatabricksTableConfig.TableName));
        Assert.Null(db.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Null(db.TableIngestionParameters.QueryWindowSizeHours);
    }

    [Theory]
    [InlineData("\"id\":\"\"")]
    [InlineData("\"jobId\":\"\"")]
    [InlineData("\"jobId\":\"  \"")]
    [InlineData("\"jobId\":null")]
    public async Task A_job_with_a_blank_id_or_jobId_is_a_malformed_response(string change)
    {
        using var list = StubHandler.Client(new StubHandler((_, _) => StubHandler.JobsPage(false, null, StubHandler.Job("j1", change))));
        using var get = StubHandler.Client(new StubHandler((_, _) => "{\"data\":{\"node\":" + StubHandler.Job("j1", change) + "}}"));
        using var pause = StubHandler.Client(new StubHandler((_, _) => "{\"data\":{\"result\":{\"tableImportJob\":" + StubHandler.Job("j1", change) + "}}}"));

        var listed = await Assert.ThrowsAsync<TableImportException>(() => EndToEndTests.ToListAsync(list.ListJobsAsync(Test.Timeout)));
        var got = await Assert.ThrowsAsync<TableImportException>(() => get.GetJobAsync("node-j1", Test.Timeout));
        var paused = await Assert.ThrowsAsync<TableImportException>(() => pause.PauseJobAsync("j1", Test.Timeout));

        foreach (var ex in new[] { listed, got, paused })
        {
            Assert.Contains("an empty or missing id or jobId", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal(["ListJobs", "GetJob", "PauseJob"], new[] { listed.Operation, got.Operation, paused.Operation });
    }

    [Fact]
    public async Task A_repeated_cursor_with_hasNextPage_ends_the_listing_with_an_exception_instead_of_a_loop()
    {
        // After five pages the stub stops paging, so a client that loops fails this test instead of hanging it.
        var stub = new StubHandler((call, _) => call < 5 ? StubHandler.JobsPage(true, "c1", StubHandler.Job("j" + call)) : StubHandler.JobsPage(false, null));
        using var client = StubHandler.Client(stub);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => EndToEndTests.ToListAsync(client.ListJobsAsync(Test.Timeout)));

        Assert.Equal("ListJobs", ex.Operation);
        Assert.Contains("the server repeated cursor 'c1'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task A_cursor_cycle_across_pages_is_caught_too()
    {
        string[] cursors = ["a", "b", "a"];
        var stub = new StubHandler((call, _) => call < cursors.Length ? StubHandler.JobsPage(true, cursors[call], StubHandler.Job("j" + call)) : StubHandler.JobsPage(false, null));
        using var client = StubHandler.Client(stub);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => EndToEndTests.ToListAsync(client.ListJobsAsync(Test.Timeout)));

        Assert.Contains("the server repeated cursor 'a'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, stub.Calls);
    }

    [Fact]
    public async Task HasNextPage_without_an_endCursor_is_an_exception_not_a_silently_short_list()
    {
        var stub = new StubHandler((call, _) => call == 0 ? StubHandler.JobsPage(true, null, StubHandler.Job("j0")) : StubHandler.JobsPage(false, null, StubHandler.Job("j1")));
        using var client = StubHandler.Client(stub);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => EndToEndTests.ToListAsync(client.ListJobsAsync(Test.Timeout)));

        Assert.Equal("ListJobs", ex.Operation);
        Assert.Contains("hasNextPage but gave no endCursor", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_queries_stops_on_a_repeated_cursor_too()
    {
        var stub = new StubHandler((call, _) => StubHandler.QueriesPage(call < 5, "q1", "query" + call));
        using var client = StubHandler.Client(stub);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => client.ListQueriesAsync("node-j1", Test.Timeout));

        Assert.Equal("ListQueries", ex.Operation);
        Assert.Contains("the server repeated cursor 'q1'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task Secrets_a_server_echoes_in_a_validation_message_are_redacted_in_results_exceptions_and_logs()
    {
        const string ApiKey = "ak-echoed-SECRET-1";
        const string Token = "dapi-echoed-SECRET-2";
        var body = """{"data":{"result":{"tableImportJob":null,"validationResult":{"validationStatus":"Failed","error":{"code":"BAD_TOKEN","message":"cannot connect with token TOKEN (key KEY)"}}}}}"""
            .Replace("TOKEN (", Token + " (", StringComparison.Ordinal).Replace("BAD_TOKEN", "BAD_" + Token, StringComparison.Ordinal).Replace("KEY)", ApiKey + ")", StringComparison.Ordinal);
        var stub = new StubHandler((_, _) => body);
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        using var client = StubHandler.Client(stub, factory.CreateLogger<TableImportClient>(), ApiKey, Token);

        var result = await client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        var ex = await Assert.ThrowsAsync<TableImportValidationException>(() => client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.Equal("cannot connect with token *** (key ***)", result.ErrorMessage);
        Assert.Equal("BAD_***", result.ErrorCode);
        Assert.Contains("cannot connect with token *** (key ***)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.Contains("token ***", StringComparison.Ordinal));
        var everything = logs.Lines.Append(ex.ToString()).Append(result.ToString()).Append(ex.Result.ToString()).Concat(ex.ServerMessages);
        Assert.DoesNotContain(everything, l => l.Contains(ApiKey, StringComparison.Ordinal) || l.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_triggered_run_returns_what_was_asked_and_the_servers_clientMutationId()
    {
        var stub = new StubHandler((_, _) => """{"data":{"result":{"clientMutationId":"cm-1"}}}""");
        using var client = StubHandler.Client(stub);
        var start = DateTimeOffset.Parse("2024-08-20T01:00:00Z");
        var end = DateTimeOffset.Parse("2024-08-20T23:00:00Z");

        var run = await client.TriggerRunAsync("j1", start, end, Test.Timeout);

        Assert.Equal(new TableImportTriggeredRun("j1", start, end, "cm-1"), run);
    }
}
