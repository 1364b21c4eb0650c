using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using TableImport.Client;

namespace TableImport.Aspire.Hosting.Tests;

/// <summary>
/// The sample's app host (samples/TableImport.Sample.AppHost) started for real by Aspire's orchestrator, DCP, which the
/// Aspire.Hosting.Orchestration package brings through NuGet: the emulator as an executable resource, and the sample
/// as a project resource that waits for it, is given its endpoint, space and key by WithReference alone, registers its
/// jobs at start-up and exits. The test then finds those jobs in the emulator, through the API, with that key.
/// This test needs DCP and fails, never skips, without it.
/// </summary>
public sealed class AppHostTests
{
    private static readonly string[] SampleModels = ["card-fraud", "delivery-eta", "search-ranking"];

    [Fact]
    public async Task The_sample_registers_its_jobs_with_the_emulator_resource_it_references()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var ct = timeout.Token;
        var folder = Directory.CreateTempSubdirectory("tableimport-apphost-").FullName;
        try
        {
            var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.TableImport_Sample_AppHost>(ct);
            // A data file of this run's own, so the jobs found below are the ones this run registered.
            appHost.CreateResourceBuilder<TableImportEmulatorResource>("arize").WithDataFile(Path.Combine(folder, "jobs.db"));

            await using var app = await appHost.BuildAsync(ct);
            await app.StartAsync(ct);
            var arize = await app.ResourceNotifications.WaitForResourceHealthyAsync("arize", ct);
            var sample = await app.ResourceNotifications.WaitForResourceAsync(
                "sample", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), ct);
            var logs = await LogsAsync(app, sample.ResourceId, ct);
            Assert.True(sample.Snapshot.ExitCode == 0, $"The sample ended {sample.Snapshot.State?.Text} with exit code {sample.Snapshot.ExitCode}:\n{string.Join("\n", logs)}");

            var emulator = app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<TableImportEmulatorResource>().Single();
            var key = await emulator.ApiKey!.GetValueAsync(ct);
            var graphql = new Uri(app.GetEndpoint("arize", TableImportEmulatorResource.HttpEndpointName), "graphql");
            using var http = new HttpClient();
            using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = graphql, SpaceId = "aspire-sample", ApiKey = key });
            var models = new List<string>();
            await foreach (var job in client.ListJobsAsync(ct))
            {
                models.Add(job.ModelName);
            }

            Assert.Equal(SampleModels, models.Order(StringComparer.Ordinal));
            Assert.Contains(logs, line => line.Contains("Table import registration: 3 created, 0 updated, 0 unchanged, 0 failed", StringComparison.Ordinal));

            // The emulator requires the key the sample was given.
            using var keyless = new TableImportClient(http, new TableImportClientOptions { Endpoint = graphql, SpaceId = "aspire-sample", MaxRetries = 0 });
            await Assert.ThrowsAsync<TableImportAuthenticationException>(async () =>
            {
                await foreach (var _ in keyless.ListJobsAsync(ct))
                {
                }
            });

            // The emulator's own log: its one start line, and never the key.
            var emulatorLogs = await LogsAsync(app, arize.ResourceId, ct);
            Assert.Contains(emulatorLogs, line => line.Contains("Table Importer emulator: POST http://localhost:", StringComparison.Ordinal));
            Assert.True(!emulatorLogs.Concat(logs).Any(line => line.Contains(key!, StringComparison.Ordinal)), string.Join("\n", emulatorLogs.Concat(logs)).Replace(key!, "<<KEY>>", StringComparison.Ordinal));

            await app.StopAsync(ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the resource has written so far (DCP names each run of a resource; this is that name).</summary>
    private static async Task<List<string>> LogsAsync(DistributedApplication app, string resourceId, CancellationToken ct)
    {
        var lines = new List<string>();
        await foreach (var batch in app.Services.GetRequiredService<ResourceLoggerService>().GetAllAsync(resourceId).WithCancellation(ct))
        {
            lines.AddRange(batch.Select(line => line.Content));
        }

        return lines;
    }
}
