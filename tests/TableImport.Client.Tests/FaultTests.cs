using System.Diagnostics;
using System.Net;
using System.Text.Json;
using TableImport.Emulator;

namespace TableImport.Client.Tests;

/// <summary>Faults injected by the emulator, seen by the client's resilience pipeline on the plain-HttpClient path.</summary>
public sealed class FaultTests
{
    private const string DryRunOp = "createTableImportJob:dryRun";

    [Fact]
    public async Task Two_500s_then_success_succeeds()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.FailNext(2, 500);

        var result = await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout);

        Assert.True(result.Passed);
        Assert.Equal(3, harness.Server.RequestCounts.Get(DryRunOp));
    }

    [Fact]
    public async Task A_create_answered_5xx_is_not_repeated_and_its_outcome_is_unknown()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.FailNext(1, 503);

        var ex = await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("CreateJob", ex.Operation);
        Assert.Contains("may have acted on the request", ex.Message);
        Assert.Equal(1, harness.Server.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task A_create_answered_429_is_retried_after_its_Retry_After_and_makes_one_job()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.For("createTableImportJob").RateLimitNext(1, TimeSpan.FromSeconds(1));

        var watch = Stopwatch.StartNew();
        var created = await harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);

        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1), $"retried after {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, harness.Server.RequestCounts.Get("createTableImportJob"));
        Assert.Equal(created.JobId, Assert.Single(await EndToEndTests.ToListAsync(harness.Client.ListJobsAsync(Test.Timeout))).JobId);
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_is_not_repeated_and_its_outcome_is_unknown()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        // On a pooled connection, as in an app: HttpClient must not quietly send the create again either.
        Assert.True((await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
        harness.Server.Faults.For("createTableImportJob").LoseResponseNext();

        var ex = await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.Null(ex.StatusCode);
        Assert.Contains("failed after the request was sent", ex.Message);
        Assert.Equal(1, harness.Server.RequestCounts.Get("createTableImportJob"));
        // The server did make the job: a repeat would have made a second one.
        Assert.Single(await EndToEndTests.ToListAsync(harness.Client.ListJobsAsync(Test.Timeout)));
    }

    [Fact]
    public async Task A_create_whose_answer_a_gateway_replaced_with_502_is_not_repeated()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.For("createTableImportJob").LoseResponseNext(1, 502);

        var ex = await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(1, harness.Server.RequestCounts.Get("createTableImportJob"));
        Assert.Single(await EndToEndTests.ToListAsync(harness.Client.ListJobsAsync(Test.Timeout)));
    }

    [Fact]
    public async Task A_create_to_a_server_that_refuses_the_connection_is_retried_then_fails_saying_it_could_not_reach_it()
    {
        await using var dead = await EmulatorServer.StartAsync();
        var endpoint = dead.GraphQLEndpoint;
        await dead.StopAsync();
        var recorder = new RecordingHandler();
        using var http = new HttpClient(recorder);
        using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = endpoint, SpaceId = "s", MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(10) });

        var ex = await Assert.ThrowsAsync<TableImportException>(() => client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.IsNotType<TableImportOutcomeUnknownException>(ex);
        Assert.Contains("could not reach", ex.Message);
        // The connection was never made, so nothing was created: the create was tried again, twice.
        Assert.Equal(3, recorder.Requests.Count);
    }

    [Fact]
    public async Task A_triggered_run_is_retried_after_a_429_and_never_after_a_lost_answer()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var job = await harness.Client.CreateEventBasedJobAsync(SeedJobs.SnowflakeEventBased(), Test.Timeout);
        var start = DateTimeOffset.Parse("2024-08-20T01:00:00Z");
        var faults = harness.Server.Faults.For("createTriggeredOngoingTableRun");

        faults.RateLimitNext(1, TimeSpan.FromSeconds(1));
        await harness.Client.TriggerRunAsync(job.JobId, start, start.AddHours(1), Test.Timeout);
        Assert.Equal(2, harness.Server.RequestCounts.Get("createTriggeredOngoingTableRun"));

        faults.LoseResponseNext();
        await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => harness.Client.TriggerRunAsync(job.JobId, start, start.AddHours(2), Test.Timeout));
        Assert.Equal(3, harness.Server.RequestCounts.Get("createTriggeredOngoingTableRun"));
        Assert.Equal(2, (await harness.Client.ListQueriesAsync(job.Id, Test.Timeout)).TotalCount);
    }

    [Fact]
    public async Task Retries_give_up_after_MaxRetries_with_the_last_status()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.MaxRetries = 2);
        harness.Server.Faults.FailNext(10, 502);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => harness.Client.PauseJobAsync("any", Test.Timeout));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Contains("PauseJob", ex.Message);
        Assert.Contains("502", ex.Message);
        Assert.Equal(3, harness.Server.RequestCounts.Get("pauseTableImportJob"));
    }

    [Fact]
    public async Task A_429_with_Retry_After_2_waits_at_least_2_seconds()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.RateLimitNext(1, TimeSpan.FromSeconds(2));

        var watch = Stopwatch.StartNew();
        var result = await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        watch.Stop();

        Assert.True(result.Passed);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), $"retried after {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(2, harness.Server.RequestCounts.Get(DryRunOp));
    }

    [Fact]
    public async Task A_GraphQL_error_is_a_TableImportException_with_the_servers_message()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.GraphQLErrorNext(1, "job table went away");

        var ex = await Assert.ThrowsAsync<TableImportException>(() => harness.Client.GetJobAsync("x", Test.Timeout));

        Assert.Equal("GetJob", ex.Operation);
        Assert.Contains("job table went away", ex.Message);
        Assert.Contains("GetJob", ex.Message);
        Assert.Equal(["job table went away"], ex.ServerMessages);
        Assert.Equal(1, harness.Server.RequestCounts.Get("node"));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_TableImportException_not_a_JsonException()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.NotJsonNext(1);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains("DryRun", ex.Message);
        Assert.Contains("not JSON", ex.Message);
    }

    [Fact]
    public async Task A_timeout_is_retried_when_safe_and_reported_when_not()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(500));
        harness.Server.Faults.DelayNext(1, TimeSpan.FromSeconds(3));

        Assert.True((await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
        Assert.Equal(2, harness.Server.RequestCounts.Get(DryRunOp));

        harness.Server.Faults.DelayNext(1, TimeSpan.FromSeconds(3));
        var ex = await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));
        Assert.Contains("no answer within 0.5 s", ex.Message);
        Assert.Equal(1, harness.Server.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task An_HttpClient_timeout_shorter_than_the_attempt_timeout_counts_as_a_timeout()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Http.Timeout = TimeSpan.FromMilliseconds(400);
        harness.Server.Faults.DelayNext(1, TimeSpan.FromSeconds(2));

        Assert.True((await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
        Assert.Equal(2, harness.Server.RequestCounts.Get(DryRunOp));

        harness.Server.Faults.DelayNext(1, TimeSpan.FromSeconds(2));
        var ex = await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));
        Assert.Contains("no answer within 0.4 s", ex.Message);
    }

    [Fact]
    public async Task A_refused_key_is_a_TableImportAuthenticationException_without_the_key()
    {
        const string wrongKey = "wrong-key-3f9a";
        await using var harness = await EmulatorHarness.StartAsync(o => o.ApiKey = wrongKey, new EmulatorOptions { ApiKey = "right-key" });

        var ex = await Assert.ThrowsAsync<TableImportAuthenticationException>(() => harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("the API key was refused", ex.Message);
        Assert.DoesNotContain(wrongKey, ex.ToString());
        Assert.Equal(1, harness.Server.RequestCounts.Total);
    }

    [Fact]
    public async Task The_right_key_is_sent_as_x_api_key()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.ApiKey = "right-key", new EmulatorOptions { ApiKey = "right-key" });

        Assert.True((await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
        Assert.Equal("right-key", Assert.Single(harness.Recorder.Requests).Headers["x-api-key"]);
    }

    [Fact]
    public async Task The_client_side_rate_limiter_holds_calls_beyond_the_limit()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        using var http = new HttpClient();
        var options = new TableImportClientOptions { Endpoint = server.GraphQLEndpoint, SpaceId = "s" };
        using var limits = new TableImportRateLimits(queriesPerMinute: 2, mutationsPerMinute: 100, window: TimeSpan.FromSeconds(3));
        using var client = new TableImportClient(http, options, null, limits);

        var watch = Stopwatch.StartNew();
        await client.GetJobAsync("a", Test.Timeout);
        await client.GetJobAsync("b", Test.Timeout);
        var beforeThird = watch.Elapsed;
        await client.GetJobAsync("c", Test.Timeout);

        Assert.True(watch.Elapsed - beforeThird >= TimeSpan.FromSeconds(1), $"third query waited {(watch.Elapsed - beforeThird).TotalMilliseconds} ms");
        Assert.Equal(3, server.RequestCounts.Get("node"));
    }
}
