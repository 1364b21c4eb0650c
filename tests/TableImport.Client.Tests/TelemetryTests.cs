using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TableImport.Emulator;

namespace TableImport.Client.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Calls_are_counted_timed_and_traced_by_operation_and_outcome()
    {
        var measurements = new ConcurrentQueue<(string Instrument, string? Operation, string? Outcome)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TableImportTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name, Tag(tags, "operation"), Tag(tags, "outcome"))));
        meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measurements.Enqueue((instrument.Name, Tag(tags, "operation"), Tag(tags, "outcome"))));
        meters.Start();
        var activities = new ConcurrentQueue<Activity>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TableImportTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(tracing);

        await using var harness = await EmulatorHarness.StartAsync(o => o.SpaceId = "telemetry-space");
        await harness.Client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        harness.Server.Faults.GraphQLErrorNext(1, "nope");
        await Assert.ThrowsAsync<TableImportException>(() => harness.Client.UpdateJobAsync("telemetry-job", null, null, Test.Timeout));

        Assert.Contains((TableImportTelemetry.RequestCounterName, "DryRun", "success"), measurements);
        Assert.Contains((TableImportTelemetry.DurationHistogramName, "DryRun", "success"), measurements);
        Assert.Contains((TableImportTelemetry.RequestCounterName, "UpdateJob", "graphql_error"), measurements);
        Assert.Contains(activities, a => a.DisplayName == "mutation" && (string?)a.GetTagItem("tableimport.operation") == "UpdateJob" && a.Status == ActivityStatusCode.Error);
    }

    [Fact]
    public async Task Registering_twice_does_not_stack_resilience_handlers()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var services = DependencyInjectionTests.Services(server, maxRetries: 1);
        services.AddTableImportClient(o => o.MaxRetries = 1);
        await using var provider = services.BuildServiceProvider();
        server.Faults.FailNext(10, 500);

        await Assert.ThrowsAsync<TableImportException>(() => provider.GetRequiredService<TableImportClient>().StartJobAsync("j", Test.Timeout));

        Assert.Equal(2, server.RequestCounts.Get("startTableImportJob"));
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
