using Microsoft.Extensions.Logging;
using TableImport.Emulator;

namespace TableImport.Client.Tests;

/// <summary>
/// <see cref="TableImportClient.FindJobAsync"/> and the changes to a job, against both pictures of the API the emulator
/// serves: everything known, and only what has evidence of working (no <c>modelVersion</c> or <c>jobStatus</c> on the
/// update, only a <c>jobId</c> where a job id goes).
/// </summary>
public sealed class FindAndUpdateTests
{
    public static TheoryData<EmulatorGraphQLSchema> Pictures => [EmulatorGraphQLSchema.Known, EmulatorGraphQLSchema.Proven];

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task FindJobAsync_finds_a_job_by_its_job_id_or_node_id_among_others_and_null_for_none(EmulatorGraphQLSchema picture)
    {
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { GraphQLSchema = picture });
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
    public async Task FindJobAsync_on_a_server_whose_tableJobs_takes_no_search_pages_through_the_space_and_says_so()
    {
        var logs = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(logs));
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            EditSchema = sdl => sdl.Replace("tableJobs(search: String, ", "tableJobs(", StringComparison.Ordinal),
        });
        using var http = new HttpClient();
        using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = server.GraphQLEndpoint, SpaceId = "space", PageSize = 1 }, factory.CreateLogger<TableImportClient>());
        await client.CreateJobAsync(SeedJobs.ScoredTransaction("churn"), Test.Timeout);
        var fraud = await client.CreateJobAsync(SeedJobs.ScoredTransaction("fraud"), Test.Timeout);

        var found = await client.FindJobAsync(fraud.JobId, Test.Timeout);
        var again = await client.FindJobAsync(fraud.Id, Test.Timeout);

        Assert.Equal("fraud", found!.ModelName);
        Assert.Equal(fraud.JobId, again!.JobId);
        // One refused search, then pages of one job; the second find pages at once.
        Assert.Equal(1 + 2 + 2, server.RequestCounts.Get("node"));
        Assert.Contains(logs.Lines, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains("looked for the job by paging through tableJobs (this server's tableJobs takes no search); found: True", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("by tableJobs(search:)", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task UpdateJobAsync_changes_the_schema_and_parameters_in_place_and_the_status_through_pause_start_and_delete(EmulatorGraphQLSchema picture)
    {
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { GraphQLSchema = picture });
        var client = harness.Client;
        var created = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        var schema = SeedJobs.ScoredTransaction().Schema;
        schema.PredictionScore = "prediction_score";

        var answered = await client.UpdateJobAsync(created.JobId, new TableImportJobUpdate
        {
            JobStatus = JobStatus.Inactive,
            Schema = schema,
            TableIngestionParameters = new TableIngestionParameters { RefreshIntervalMinutes = 15 },
        }, Test.Timeout);

        Assert.Equal(new TableImportJobRef(created.Id, created.JobId, JobStatus.Inactive), answered);
        var job = (await client.GetJobAsync(created.Id, Test.Timeout))!;
        Assert.Equal(JobStatus.Inactive, job.JobStatus);
        Assert.Equal("prediction_score", job.Schema.PredictionScore);
        Assert.Equal(15, job.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal(24, job.TableIngestionParameters.QueryWindowSizeHours);
        var update = Assert.Single(harness.Recorder.Requests, r => r.Body.Contains("\"operationName\":\"updateTableImportJob\"", StringComparison.Ordinal));
        // Read back, as every mutation does, but never sent: no variable, no input field.
        Assert.DoesNotContain("\"jobStatus\":", update.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("jobStatus: $", update.Body, StringComparison.Ordinal);
        Assert.Equal(1, harness.Server.RequestCounts.Get("pauseTableImportJob"));

        // A status alone is one of the seed's own mutations, and nothing else.
        Assert.Equal(JobStatus.Active, (await client.UpdateJobAsync(created.JobId, new TableImportJobUpdate { JobStatus = JobStatus.Active }, Test.Timeout)).JobStatus);
        Assert.Equal(JobStatus.Deleted, (await client.UpdateJobAsync(created.JobId, new TableImportJobUpdate { JobStatus = JobStatus.Deleted }, Test.Timeout)).JobStatus);
        Assert.Equal(1, harness.Server.RequestCounts.Get("startTableImportJob"));
        Assert.Equal(1, harness.Server.RequestCounts.Get("deleteTableImportJob"));
        Assert.Equal(1, harness.Server.RequestCounts.Get("updateTableImportJob"));
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task A_model_version_changes_in_place_where_the_server_has_the_field_and_is_refused_naming_it_where_it_has_not(EmulatorGraphQLSchema picture)
    {
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { GraphQLSchema = picture });
        var client = harness.Client;
        var created = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        var schema = SeedJobs.ScoredTransaction().Schema;
        schema.PredictionScore = "prediction_score";
        var update = new TableImportJobUpdate { ModelVersion = "v3", Schema = schema };

        if (picture == EmulatorGraphQLSchema.Known)
        {
            await client.UpdateJobAsync(created.JobId, update, Test.Timeout);
            var after = (await client.GetJobAsync(created.Id, Test.Timeout))!;
            Assert.Equal("v3", after.ModelVersion);
            Assert.Equal("prediction_score", after.Schema.PredictionScore);
            return;
        }

        var refused = await Assert.ThrowsAsync<TableImportUnsupportedFieldException>(() => client.UpdateJobAsync(created.JobId, update, Test.Timeout));
        Assert.Equal("UpdateJob", refused.Operation);
        Assert.Equal("updateTableImportJob", refused.Mutation);
        Assert.Equal("modelVersion", refused.Field);
        Assert.StartsWith("Table import operation 'UpdateJob' failed: this server's updateTableImportJob has no modelVersion, so nothing was changed.", refused.Message);
        var unchanged = (await client.GetJobAsync(created.Id, Test.Timeout))!;
        Assert.Null(unchanged.ModelVersion);
        Assert.Null(unchanged.Schema.PredictionScore);
    }

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known, true)]
    [InlineData(EmulatorGraphQLSchema.Proven, false)]
    public async Task GetServerSupportAsync_reads_the_extras_from_the_servers_own_schema(EmulatorGraphQLSchema picture, bool modelVersion)
    {
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { GraphQLSchema = picture });

        Assert.Equal(new TableImportServerSupport(modelVersion, TableJobsTakesSearch: true), await harness.Client.GetServerSupportAsync(Test.Timeout));
    }

    [Fact]
    public async Task GetServerSupportAsync_is_null_where_the_server_refuses_introspection()
    {
        await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { DisableIntrospection = true });

        Assert.Null(await harness.Client.GetServerSupportAsync(Test.Timeout));
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
