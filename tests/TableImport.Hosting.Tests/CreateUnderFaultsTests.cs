using TableImport.Client;
using TableImport.Emulator;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting.Tests;

/// <summary>
/// Start-up registration against an emulator that refuses or loses creates, as replicas sharing Arize's mutation limit,
/// or a flaky network, make it do: every job ends up created once, never twice, and never reported failed.
/// </summary>
public sealed class CreateUnderFaultsTests : IAsyncLifetime
{
    private const string Create = "createTableImportJob";

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task With_429_on_the_first_create_of_each_job_one_start_creates_every_job()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(), Jobs.Ranking(), Jobs.Fraud(table: "refunds")];
        emulator.Faults.For(Create).RateLimitNext(jobs.Length, TimeSpan.FromSeconds(1));

        await using var host = await RegistrationHost.RunAsync(emulator, space, jobs);

        Assert.Contains("Table import registration: 3 created, 0 updated, 0 unchanged, 0 failed", host.SummaryLine);
        Assert.Equal(2 * jobs.Length, emulator.RequestCounts.Get(Create));
        Assert.Equal(3, (await LiveJobsAsync(space)).Count);
    }

    [Fact]
    public async Task With_the_answer_of_a_create_lost_after_the_job_was_made_the_same_start_reports_it_created_once()
    {
        var space = NewSpace();
        emulator.Faults.For(Create).LoseResponseNext();

        await using var host = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(), Jobs.Ranking()], ("MaxParallelism", "1"));

        Assert.Contains("Table import registration: 2 created, 0 updated, 0 unchanged, 0 failed", host.SummaryLine);
        var live = await LiveJobsAsync(space);
        Assert.Equal(2, live.Count);
        var lost = Assert.Single(host.Report!.Jobs, j => j.Message is not null);
        Assert.Equal("the answer to its create was lost; the job was found in the space", lost.Message);
        Assert.Contains(lost.JobId, live.Select(j => j.JobId));
        // Never repeated: one create per job, the lost one included.
        Assert.Equal(2, emulator.RequestCounts.Get(Create));
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("looking for the job in the space", StringComparison.Ordinal));

        await using var again = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(), Jobs.Ranking()]);
        Assert.Contains("0 created, 0 updated, 2 unchanged, 0 failed", again.SummaryLine);
    }

    [Fact]
    public async Task With_every_create_answer_replaced_by_a_gateways_502_after_the_job_was_made_no_job_is_made_twice()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(), Jobs.Ranking(), Jobs.Fraud(table: "refunds")];
        emulator.Faults.For(Create).LoseResponseNext(jobs.Length, 502);

        await using var host = await RegistrationHost.RunAsync(emulator, space, jobs);

        Assert.Contains("3 created, 0 updated, 0 unchanged, 0 failed", host.SummaryLine);
        Assert.Equal(3, (await LiveJobsAsync(space)).Count);
        Assert.Equal(3, emulator.RequestCounts.Get(Create));
    }

    [Fact]
    public async Task A_create_whose_outcome_is_unknown_and_that_made_no_job_is_created_again_once()
    {
        var space = NewSpace();
        // A 500 before the server did anything: the client cannot know that, the registrar finds no job and creates it.
        emulator.Faults.For(Create).FailNext(1, 500);

        await using var host = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud()]);

        var result = Assert.Single(host.Report!.Jobs);
        Assert.Equal(JobOutcome.Created, result.Outcome);
        Assert.Equal(result.JobId, Assert.Single(await LiveJobsAsync(space)).JobId);
        Assert.Equal(2, emulator.RequestCounts.Get(Create));
    }

    [Fact]
    public async Task A_create_whose_outcome_stays_unknown_and_that_made_no_job_is_reported_failed_naming_what_happened()
    {
        var space = NewSpace();
        emulator.Faults.For(Create).FailNext(2, 503);

        await using var host = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud()]);

        var result = Assert.Single(host.Report!.Jobs);
        Assert.Equal(JobOutcome.Failed, result.Outcome);
        Assert.StartsWith("Contoso.FraudScores: the answer to its create was lost twice and the job is not in the space", result.Message);
        Assert.Contains("HTTP 503", result.Message);
        Assert.Empty(await LiveJobsAsync(space));

        await using var next = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud()]);
        Assert.Contains("1 created, 0 updated, 0 unchanged, 0 failed", next.SummaryLine);
    }

    private static string NewSpace() => "space-" + Guid.NewGuid().ToString("N");

    private async Task<List<TableImportJobInfo>> LiveJobsAsync(string space)
    {
        using var http = new HttpClient();
        using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = space });
        var jobs = new List<TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync())
        {
            if (job.JobStatus != JobStatus.Deleted)
            {
                jobs.Add(job);
            }
        }

        return jobs;
    }
}
