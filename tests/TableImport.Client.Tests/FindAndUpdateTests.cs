namespace TableImport.Client.Tests;

/// <summary><see cref="TableImportClient.FindJobAsync"/> and the in-place update of status and model version.</summary>
public sealed class FindAndUpdateTests
{
    [Fact]
    public async Task FindJobAsync_finds_a_job_by_its_job_id_or_node_id_among_others_and_null_for_none()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var client = harness.Client;
        await client.CreateJobAsync(SeedJobs.ScoredTransaction("churn"), Test.Timeout);
        var fraud = await client.CreateJobAsync(SeedJobs.ScoredTransaction("fraud"), Test.Timeout);

        var byJobId = await client.FindJobAsync(fraud.JobId, Test.Timeout);
        var byNodeId = await client.FindJobAsync(fraud.Id, Test.Timeout);

        Assert.Equal("fraud", byJobId!.ModelName);
        Assert.Equal(fraud.Id, byJobId.Id);
        Assert.Equal(fraud.JobId, byNodeId!.JobId);
        Assert.Null(await client.FindJobAsync("no-such-job", Test.Timeout));
        Assert.Equal(3, harness.Server.RequestCounts.Get("node"));
        Assert.All(harness.Recorder.Requests.Where(r => r.Body.Contains("findTableImportJob")), r => Assert.Contains("\"first\":1", r.Body));
    }

    [Fact]
    public async Task FindJobAsync_keeps_looking_when_the_servers_search_answers_another_job_first()
    {
        // A live server's search may also match model names containing the text; the emulator matches ids exactly.
        var stub = new StubHandler((call, _) => call switch
        {
            0 => StubHandler.JobsPage(true, "c1", StubHandler.Job("other", "\"modelName\":\"abc123-shadow\"")),
            _ => StubHandler.JobsPage(false, null, StubHandler.Job("abc123")),
        });
        using var client = StubHandler.Client(stub);

        var job = await client.FindJobAsync("abc123", Test.Timeout);

        Assert.Equal("abc123", job!.JobId);
        Assert.Equal(2, stub.Calls);
        Assert.Contains("\"after\":\"c1\"", stub.Requests.Last());
    }

    [Fact]
    public async Task UpdateJobAsync_changes_status_model_version_schema_and_parameters_in_place()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var client = harness.Client;
        var created = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        var schema = SeedJobs.ScoredTransaction().Schema;
        schema.PredictionScore = "prediction_score";

        var answered = await client.UpdateJobAsync(created.JobId, new TableImportJobUpdate
        {
            JobStatus = JobStatus.Inactive,
            ModelVersion = "v2",
            Schema = schema,
            TableIngestionParameters = new TableIngestionParameters { RefreshIntervalMinutes = 15 },
        }, Test.Timeout);

        Assert.Equal(new TableImportJobRef(created.Id, created.JobId, JobStatus.Inactive), answered);
        var job = (await client.GetJobAsync(created.Id, Test.Timeout))!;
        Assert.Equal(JobStatus.Inactive, job.JobStatus);
        Assert.Equal("v2", job.ModelVersion);
        Assert.Equal("prediction_score", job.Schema.PredictionScore);
        Assert.Equal(15, job.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal(24, job.TableIngestionParameters.QueryWindowSizeHours);

        // Only what the update sets is sent: the version alone leaves the rest as it is.
        await client.UpdateJobAsync(created.JobId, new TableImportJobUpdate { ModelVersion = "v3" }, Test.Timeout);
        var after = (await client.GetJobAsync(created.Id, Test.Timeout))!;
        Assert.Equal("v3", after.ModelVersion);
        Assert.Equal(JobStatus.Inactive, after.JobStatus);
        Assert.Equal("prediction_score", after.Schema.PredictionScore);
        var versionOnly = harness.Recorder.Requests.Last(r => r.Body.Contains("\"operationName\":\"updateTableImportJob\"", StringComparison.Ordinal));
        Assert.Contains("\"modelVersion\":\"v3\"", versionOnly.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("schema", versionOnly.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_or_names_no_status_is_refused_before_sending()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var empty = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.UpdateJobAsync("job", new TableImportJobUpdate(), Test.Timeout));
        Assert.Contains("changes nothing", empty.Message);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => harness.Client.UpdateJobAsync("job", new TableImportJobUpdate { JobStatus = (JobStatus)7 }, Test.Timeout));
        Assert.Equal(0, harness.Server.RequestCounts.Total);
    }
}
