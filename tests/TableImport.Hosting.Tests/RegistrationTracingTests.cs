using System.Collections.Concurrent;
using System.Diagnostics;
using TableImport.Client;
using TableImport.Emulator;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting.Tests;

/// <summary>A start-up registration is one activity with the summary's counts, and every call it makes is a child of it.</summary>
public sealed class RegistrationTracingTests
{
    [Fact]
    public async Task A_registration_run_is_one_activity_with_its_counts_and_the_clients_calls_beneath_it()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        var space = "space-" + Guid.NewGuid().ToString("N");
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is RegistrationTelemetry.Name or TableImportTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await using var host = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(), Jobs.Ranking()]);

        // Other tests register beside this one: this run is the one whose calls went to this space's emulator.
        var port = emulator.GraphQLEndpoint.Port;
        var run = Assert.Single(stopped, a => a.OperationName == RegistrationTelemetry.RunActivityName
            && stopped.Any(c => c.ParentSpanId == a.SpanId && (int?)c.GetTagItem("server.port") == port));
        Assert.Equal(2, run.GetTagItem("tableimport.registration.jobs"));
        Assert.Equal(2, run.GetTagItem("tableimport.registration.created"));
        Assert.Equal(RegistrationTelemetry.Name, run.Source.Name);
        Assert.False(string.IsNullOrEmpty(run.Source.Version));
        Assert.Equal("Reconcile", run.GetTagItem("tableimport.registration.mode"));
        Assert.Equal(0, run.GetTagItem("tableimport.registration.updated"));
        Assert.Equal(0, run.GetTagItem("tableimport.registration.unchanged"));
        Assert.Equal(0, run.GetTagItem("tableimport.registration.failed"));
        Assert.NotEqual(ActivityStatusCode.Error, run.Status);

        var calls = stopped.Where(a => a.Source.Name == TableImportTelemetry.Name && a.TraceId == run.TraceId).ToList();
        // A listing to plan, a dry run and a create per job, and the listing after the creates.
        Assert.Equal(6, calls.Count);
        Assert.All(calls, c => Assert.Equal(run.SpanId, c.ParentSpanId));
        Assert.Equal(2, calls.Count(c => (string?)c.GetTagItem(TableImportTelemetry.OperationNameTag) == "createTableImportJob"));
    }
}
