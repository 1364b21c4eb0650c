using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using GraphQLParser.AST;

namespace TableImport.Client.Tests;

/// <summary>
/// The client's traces by OpenTelemetry's GraphQL conventions, seen by an <see cref="ActivityListener"/> on the client's
/// source and on System.Net.Http's, against a real emulator over loopback: one activity per call, named by its operation
/// type, tagged with the type and name its request really sent, with the HTTP client's span of each attempt beneath it.
/// </summary>
public sealed class GraphQLTracingTests
{
    private const string HttpSource = "System.Net.Http";
    private const string TestSourceName = "TableImport.Client.Tests.Tracing";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    [Fact]
    public async Task Every_operation_is_one_activity_tagged_with_the_type_and_name_its_request_sent()
    {
        using var trace = new TraceRecorder();
        await using var harness = await EmulatorHarness.StartAsync(o => o.PageSize = 1);
        var client = harness.Client;
        var ct = Test.Timeout;

        using (trace.Start())
        {
            await client.DryRunAsync(SeedJobs.ScoredTransaction(), ct);
            var job = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), ct);
            await client.CreateJobAsync(SeedJobs.ScoredTransaction("second"), ct);
            Assert.Equal(2, (await EndToEndTests.ToListAsync(client.ListJobsAsync(ct))).Count);
            await client.GetJobAsync(job.Id, ct);
            await client.FindJobAsync(job.JobId, ct);
            await client.ListQueriesAsync(job.Id, ct);
            await client.PauseJobAsync(job.JobId, ct);
            await client.StartJobAsync(job.JobId, ct);
            await client.UpdateIngestionParametersAsync(job.JobId, new TableIngestionParameters { RefreshIntervalMinutes = 30 }, ct);
            await client.UpdateJobAsync(job.JobId, new TableImportJobUpdate { JobStatus = JobStatus.Inactive, ModelVersion = "v2" }, ct);
            await client.DeleteJobAsync(job.JobId, ct);
            var eventBased = await client.CreateEventBasedJobAsync(SeedJobs.SnowflakeEventBased(), ct);
            await client.TriggerRunAsync(eventBased.JobId, DateTimeOffset.Parse("2024-08-20T01:00:00Z"), DateTimeOffset.Parse("2024-08-20T23:00:00Z"), ct);
        }

        // What went over the wire, in order: each body's operation type (the document's keyword) and operation name.
        var sent = harness.Recorder.Requests
            .Select(r => new SentRequest(r.Body))
            .Select(r => (Type: r.Operation.Operation == OperationType.Mutation ? "mutation" : "query", r.OperationName))
            .ToList();
        var operations = trace.Operations();
        Assert.Equal(sent, operations.Select(a => ((string)a.GetTagItem(TableImportTelemetry.OperationTypeTag)!, (string)a.GetTagItem(TableImportTelemetry.OperationNameTag)!)).ToList());
        Assert.Contains(operations, a => (string?)a.GetTagItem(TableImportTelemetry.OperationNameTag) == "createTableImportJob");
        Assert.Contains(operations, a => (string?)a.GetTagItem(TableImportTelemetry.OperationNameTag) == "listTableImportJobs");

        foreach (var operation in operations)
        {
            // The span name is the operation type alone; the operation name stays out of it by default.
            Assert.Equal(operation.GetTagItem(TableImportTelemetry.OperationTypeTag), operation.DisplayName);
            Assert.Equal(ActivityKind.Client, operation.Kind);
            Assert.Equal("127.0.0.1", operation.GetTagItem("server.address"));
            Assert.Equal(harness.Server.GraphQLEndpoint.Port, operation.GetTagItem("server.port"));
            Assert.NotNull(operation.GetTagItem("tableimport.operation"));
            Assert.Equal(PackageVersion(), operation.Source.Version);
            Assert.Single(trace.HttpChildrenOf(operation));
        }

        // Every HTTP span of the run sits under one of the client's activities.
        Assert.Equal(sent.Count, trace.Http().Count);
        Assert.All(trace.Http(), http => Assert.Contains(operations, o => o.SpanId == http.ParentSpanId));
        Assert.Equal(PackageVersion(), TableImportTelemetry.Meter.Version);
    }

    [Fact]
    public async Task A_retried_call_is_one_activity_with_an_http_span_per_attempt()
    {
        using var trace = new TraceRecorder();
        await using var harness = await EmulatorHarness.StartAsync();
        harness.Server.Faults.FailNext(1, 503);

        using (trace.Start())
        {
            await EndToEndTests.ToListAsync(harness.Client.ListJobsAsync(Test.Timeout));
        }

        var operation = Assert.Single(trace.Operations());
        Assert.Equal("query", operation.DisplayName);
        Assert.Equal("listTableImportJobs", operation.GetTagItem(TableImportTelemetry.OperationNameTag));
        var attempts = trace.HttpChildrenOf(operation);
        Assert.Equal(2, attempts.Count);
        Assert.Equal(503, attempts[0].GetTagItem("http.response.status_code"));
        Assert.Equal(200, attempts[1].GetTagItem("http.response.status_code"));
    }

    /// <summary>The package version every project of the repository builds with (Directory.Build.props), without the commit.</summary>
    private static string PackageVersion()
    {
        var informational = typeof(GraphQLTracingTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        return informational.Split('+')[0];
    }

    /// <summary>
    /// Listens to the client's source and System.Net.Http's, keeping only the activities of the test's own trace: the
    /// listener is process-wide, and other tests run at the same time.
    /// </summary>
    private sealed class TraceRecorder : IDisposable
    {
        private readonly ConcurrentQueue<Activity> stopped = new();
        private readonly ActivityListener listener;
        private ActivityTraceId traceId;

        public TraceRecorder()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is TableImportTelemetry.Name or HttpSource or TestSourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(listener);
        }

        public IDisposable Start()
        {
            var root = TestSource.StartActivity("test")!;
            traceId = root.TraceId;
            return root;
        }

        public List<Activity> Operations() => Ours().Where(a => a.Source.Name == TableImportTelemetry.Name).OrderBy(a => a.StartTimeUtc).ToList();

        public List<Activity> Http() => Ours().Where(a => a.Source.Name == HttpSource).OrderBy(a => a.StartTimeUtc).ToList();

        public List<Activity> HttpChildrenOf(Activity operation) => Http().Where(a => a.ParentSpanId == operation.SpanId).ToList();

        public void Dispose() => listener.Dispose();

        private IEnumerable<Activity> Ours() => stopped.Where(a => a.TraceId == traceId);
    }
}
