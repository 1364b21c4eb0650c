using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using TableImport.Client;
using TableImport.Emulator;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting.Tests;

public sealed class RegistrationTests : IAsyncLifetime
{
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task A_second_run_with_nothing_changed_creates_and_updates_nothing()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(rowLimit: 10_000), Jobs.Ranking()];

        await using var first = await RegistrationHost.RunAsync(emulator, space, jobs);
        Assert.Equal("Table import registration: 2 created, 0 updated, 0 unchanged, 0 failed", SummaryText(first));

        emulator.RequestCounts.Reset();
        await using var second = await RegistrationHost.RunAsync(emulator, space, jobs);
        Assert.Equal("Table import registration: 0 created, 0 updated, 2 unchanged, 0 failed", SummaryText(second));
        // One listing page and no mutation at all: an unchanged job costs no dry run.
        Assert.Equal(1, emulator.RequestCounts.Total);
        Assert.Equal(2, await CountLiveJobsAsync(space));
    }

    [Fact]
    public async Task Changed_ingestion_parameters_update_the_job_and_the_emulator_shows_the_new_values()
    {
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(rowLimit: 10_000)]);
        Assert.Equal(1, first.Report!.Created);

        await using var second = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(rowLimit: 25_000)]);
        Assert.Equal("Table import registration: 0 created, 1 updated, 0 unchanged, 0 failed", SummaryText(second));
        Assert.Equal(1, emulator.RequestCounts.Get("updateTableIngestionParameters"));

        var job = Assert.Single(await ListAsync(space));
        Assert.Equal(25_000, job.TableIngestionParameters.RowLimit);
        Assert.Equal(30, job.TableIngestionParameters.RefreshIntervalMinutes);
    }

    [Fact]
    public async Task A_changed_schema_is_updated_in_place()
    {
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud()]);
        var changed = Jobs.Fraud();
        changed.Schema.ActualLabel = "label";

        await using var second = await RegistrationHost.RunAsync(emulator, space, [changed]);
        Assert.Equal(1, second.Report!.Updated);
        var job = Assert.Single(await ListAsync(space));
        Assert.Equal("label", job.Schema.ActualLabel);
        Assert.Equal(first.Report!.Jobs[0].JobId, job.JobId);
    }

    [Fact]
    public async Task Four_registrars_starting_at_once_leave_exactly_one_job_per_identity()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(), Jobs.Ranking(), Jobs.Fraud(table: "refunds")];
        var hosts = Enumerable.Range(0, 4).Select(_ => RegistrationHost.Build(emulator, space, jobs)).ToArray();
        try
        {
            using var go = new SemaphoreSlim(0);
            var starts = hosts.Select(async h =>
            {
                await go.WaitAsync();
                await h.Host.StartAsync();
            }).ToArray();
            go.Release(hosts.Length);
            await Task.WhenAll(starts);

            var live = (await ListAsync(space)).Where(j => j.JobStatus != JobStatus.Deleted).ToArray();
            Assert.Equal(3, live.Length);
            Assert.Equal(3, live.Select(j => (j.ModelName, j.Table)).Distinct().Count());
            // Every replica reports success, and all of them agree on which job survived.
            foreach (var host in hosts)
            {
                Assert.Equal(0, host.Report!.Failed);
                Assert.All(host.Report.Jobs, r => Assert.Contains(r.JobId, live.Select(j => j.JobId)));
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ValidateOnly_makes_no_mutating_call_other_than_dry_runs()
    {
        var space = NewSpace();
        await using var seeded = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(rowLimit: 10)]);
        emulator.RequestCounts.Reset();

        await using var host = await RegistrationHost.RunAsync(
            emulator, space, [Jobs.Fraud(rowLimit: 20), Jobs.Ranking()], ("Mode", "ValidateOnly"));

        var counts = emulator.RequestCounts.Snapshot();
        Assert.Equal(2, counts.GetValueOrDefault("createTableImportJob:dryRun"));
        Assert.All(counts.Keys, op => Assert.True(op is "node" or "createTableImportJob:dryRun", $"unexpected call {op}"));
        Assert.Equal(10, Assert.Single(await ListAsync(space)).TableIngestionParameters.RowLimit);
        Assert.Contains("nothing was written", host.SummaryLine);
        Assert.All(host.Report!.Jobs, r => Assert.Equal(JobOutcome.Validated, r.Outcome));
    }

    [Fact]
    public async Task A_failing_dry_run_with_FailOnError_stops_start_up_naming_the_job_type_and_the_server_message()
    {
        await using var host = RegistrationHost.Build(emulator, NewSpace(), [Jobs.Fraud(), Jobs.MissingBatchId()], ("FailOnError", "true"));

        var error = await Assert.ThrowsAsync<TableImportRegistrationException>(() => host.Host.StartAsync());

        Assert.Contains("Contoso.ValidationScores", error.Message);
        Assert.Contains("batchId", error.Message);
        Assert.Contains("1 created, 0 updated, 0 unchanged, 1 failed", error.Message);
    }

    [Fact]
    public async Task Without_FailOnError_the_app_starts_and_the_health_check_reports_Degraded_per_job()
    {
        await using var host = RegistrationHost.Build(emulator, NewSpace(), [Jobs.Fraud(), Jobs.MissingBatchId()]);
        await host.Host.StartAsync();

        var health = await host.CheckHealthAsync();
        var entry = health.Entries[Microsoft.Extensions.DependencyInjection.TableImportServiceCollectionExtensions.HealthCheckName];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.StartsWith("Created", (string)entry.Data["Contoso.FraudScores"]);
        Assert.Contains("batchId", (string)entry.Data["Contoso.ValidationScores"]);
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Contoso.ValidationScores") && l.Contains("batchId"));
        await host.Host.StopAsync();
    }

    [Fact]
    public async Task A_paused_job_stays_paused_and_is_logged()
    {
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(rowLimit: 10)]);
        using (var http = new HttpClient())
        {
            var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = space });
            await client.PauseJobAsync(first.Report!.Jobs[0].JobId!);
        }

        await using var second = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(rowLimit: 20)]);

        var job = Assert.Single(await ListAsync(space));
        Assert.Equal(JobStatus.Inactive, job.JobStatus);
        Assert.Equal(20, job.TableIngestionParameters.RowLimit);
        Assert.Contains(second.Logs.Lines, l => l.Contains("is paused; registration leaves it paused"));
        Assert.Equal(0, emulator.RequestCounts.Get("startTableImportJob"));
    }

    [Fact]
    public async Task Missing_space_id_fails_start_up_naming_the_setting()
    {
        await using var host = RegistrationHost.Build(emulator, "", [Jobs.Fraud()]);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.Host.StartAsync());
        Assert.Contains("TableImport__SpaceId", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_fails_every_job_with_a_clear_message_and_the_app_still_starts()
    {
        await using var dead = await EmulatorServer.StartAsync();
        var endpoint = dead.GraphQLEndpoint.ToString();
        await dead.StopAsync();

        await using var host = RegistrationHost.Build(emulator, NewSpace(), [Jobs.Fraud()], ("Endpoint", endpoint), ("MaxRetries", "0"));
        await host.Host.StartAsync();

        var result = Assert.Single(host.Report!.Jobs);
        Assert.Equal(JobOutcome.Failed, result.Outcome);
        Assert.Contains("Contoso.FraudScores", result.Message);
        Assert.Contains("could not list", result.Message);
        await host.Host.StopAsync();
    }

    private static string NewSpace() => "space-" + Guid.NewGuid().ToString("N");

    private static string SummaryText(RegistrationHost host)
    {
        var line = host.SummaryLine ?? throw new Xunit.Sdk.XunitException("no summary line was logged");
        return line[line.IndexOf("Table import registration:", StringComparison.Ordinal)..];
    }

    private async Task<IReadOnlyList<TableImportJobInfo>> ListAsync(string space)
    {
        using var http = new HttpClient();
        var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = space });
        var jobs = new List<TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync())
        {
            jobs.Add(job);
        }

        return jobs;
    }

    private async Task<int> CountLiveJobsAsync(string space) => (await ListAsync(space)).Count(j => j.JobStatus != JobStatus.Deleted);
}
