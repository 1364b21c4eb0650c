namespace TableImport.Client.Tests;

/// <summary>Every operation of the client against the in-process emulator over real HTTP.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Every_operation_works_end_to_end_with_pagination_across_three_pages()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.PageSize = 2);
        var client = harness.Client;
        var ct = Test.Timeout;

        // Dry run, then create five jobs: five jobs at two a page is three pages.
        Assert.True((await client.DryRunAsync(SeedJobs.ScoredTransaction(), ct)).Passed);
        var created = new List<TableImportJobRef>();
        for (var i = 0; i < 5; i++)
        {
            var definition = SeedJobs.ScoredTransaction("model " + i);
            definition.TableIngestionParameters = new TableIngestionParameters { RefreshIntervalMinutes = 60 };
            created.Add(await client.CreateJobAsync(definition, ct));
        }

        // A mutation reads back the ids and status only; the rest comes from a get.
        Assert.Equal(JobStatus.Active, created[0].JobStatus);
        var first = (await client.GetJobAsync(created[0].Id, ct))!;
        Assert.Equal(created[0].JobId, first.JobId);
        Assert.Equal("model 0", first.ModelName);
        Assert.Equal(ModelType.ScoreCategorical, first.ModelType);
        Assert.Equal(ModelEnvironment.Production, first.ModelEnvironmentName);
        Assert.Equal(TableStore.BigQuery, first.TableStore);
        Assert.Equal(JobStatus.Active, first.JobStatus);
        Assert.Null(first.EventBased); // not reported by the API
        Assert.Equal("test-table", first.Table);
        Assert.Equal("test-project-id.test-dataset.test-table", first.BigQueryTableConfig!.ToString());
        Assert.Null(first.SnowflakeTableConfig);
        Assert.Equal("prediction_ts", first.Schema.Timestamp);
        Assert.Equal("feature_", first.Schema.Features);
        Assert.Equal(60, first.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal(24, first.TableIngestionParameters.QueryWindowSizeHours);
        Assert.Null(first.TableIngestionParameters.RowLimit); // not reported by the API

        // List: every page followed.
        harness.Server.RequestCounts.Reset();
        var listed = new List<TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync(ct))
        {
            listed.Add(job);
        }

        Assert.Equal(created.Select(j => j.JobId).Order(), listed.Select(j => j.JobId).Order());
        Assert.Equal(3, harness.Server.RequestCounts.Get("node"));
        Assert.Equal(first, listed.Single(j => j.JobId == first.JobId) with { Schema = first.Schema, TableIngestionParameters = first.TableIngestionParameters, BigQueryTableConfig = first.BigQueryTableConfig });

        // Queries: six hours at a 60-minute refresh is six queries, three pages of two.
        harness.Server.Clock.Advance(TimeSpan.FromHours(6));
        harness.Server.RequestCounts.Reset();
        var queries = await client.ListQueriesAsync(first.Id, ct);
        Assert.Equal(6, queries.TotalCount);
        Assert.Equal(6, queries.Queries.Count);
        Assert.Equal(3, harness.Server.RequestCounts.Get("node"));
        Assert.All(queries.Queries, q => Assert.False(string.IsNullOrEmpty(q.QueryId)));
        var refreshed = await client.GetJobAsync(first.Id, ct);
        Assert.Equal(queries.TotalCount, refreshed!.TotalQueriesSuccessCount + refreshed.TotalQueriesFailedCount + refreshed.TotalQueriesPendingCount);

        // Pause, start, update, delete.
        Assert.Equal(new TableImportJobRef(first.Id, first.JobId, JobStatus.Inactive), await client.PauseJobAsync(first.JobId, ct));
        Assert.Equal(JobStatus.Active, (await client.StartJobAsync(first.JobId, ct)).JobStatus);

        var updatedParameters = await client.UpdateIngestionParametersAsync(first.JobId, new TableIngestionParameters { RowLimit = 50000, RefreshIntervalMinutes = 30, QueryWindowSizeHours = 48 }, ct);
        Assert.Equal(first.JobId, updatedParameters.JobId);
        var afterParameters = (await client.GetJobAsync(first.Id, ct))!;
        Assert.Equal(30, afterParameters.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal(48, afterParameters.TableIngestionParameters.QueryWindowSizeHours);

        var schema = SeedJobs.ScoredTransaction().Schema;
        schema.ActualLabel = "actual_v2";
        var updated = await client.UpdateJobAsync(first.JobId, schema, new TableIngestionParameters { RowLimit = 1000 }, ct);
        Assert.Equal(first.Id, updated.Id);
        Assert.Equal("actual_v2", (await client.GetJobAsync(first.Id, ct))!.Schema.ActualLabel);

        Assert.Equal(JobStatus.Deleted, (await client.DeleteJobAsync(first.JobId, ct)).JobStatus);
        Assert.Equal(JobStatus.Deleted, (await client.GetJobAsync(first.Id, ct))!.JobStatus);

        // Event-based: create, then trigger a run. Snowflake reports the table name only.
        var eventJob = await client.CreateEventBasedJobAsync(SeedJobs.SnowflakeEventBased(), ct);
        var eventInfo = (await client.GetJobAsync(eventJob.Id, ct))!;
        Assert.Equal("table-name", eventInfo.Table);
        Assert.Equal("table-name", eventInfo.SnowflakeTableConfig!.TableName);
        Assert.Equal("", eventInfo.SnowflakeTableConfig.AccountID); // not reported by the API
        Assert.Null(eventInfo.BigQueryTableConfig);
        var start = DateTimeOffset.Parse("2024-08-20T01:00:00Z");
        var run = await client.TriggerRunAsync(eventJob.JobId, start, DateTimeOffset.Parse("2024-08-20T23:00:00Z"), ct);
        Assert.Equal(new TableImportTriggeredRun(eventJob.JobId, start, DateTimeOffset.Parse("2024-08-20T23:00:00Z"), null), run);
        var eventQueries = await client.ListQueriesAsync(eventJob.Id, ct);
        Assert.Contains(eventQueries.Queries, q => q.WindowStartTimestamp == start);
    }

    [Fact]
    public async Task A_failed_validation_is_a_result_on_dry_run_and_an_exception_on_create()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var invalid = SeedJobs.ScoredTransaction();
        invalid.ModelEnvironmentName = ModelEnvironment.Validation; // needs a batch id

        var result = await harness.Client.DryRunAsync(invalid, Test.Timeout);
        Assert.False(result.Passed);
        Assert.NotNull(result.ErrorMessage);

        var ex = await Assert.ThrowsAsync<TableImportValidationException>(() => harness.Client.CreateJobAsync(invalid, Test.Timeout));
        Assert.Equal("CreateJob", ex.Operation);
        Assert.Contains(result.ErrorMessage, ex.Message);
        Assert.False(ex.Result.Passed);
        Assert.Empty(await ToListAsync(harness.Client.ListJobsAsync(Test.Timeout)));
    }

    [Fact]
    public async Task Unknown_ids_give_null_or_a_TableImportException_naming_the_operation()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        Assert.Null(await harness.Client.GetJobAsync("no-such-job", Test.Timeout));
        var ex = await Assert.ThrowsAnyAsync<TableImportException>(() => harness.Client.PauseJobAsync("no-such-job", Test.Timeout));
        Assert.Equal("PauseJob", ex.Operation);
        Assert.Contains("PauseJob", ex.Message);
        Assert.NotEmpty(ex.ServerMessages);
    }

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
