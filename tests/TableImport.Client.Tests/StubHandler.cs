using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace TableImport.Client.Tests;

/// <summary>
/// Answers every request with a crafted body: for responses a real server could send but the emulator cannot (it
/// validates its enums and pages correctly). <paramref name="respond"/> gets the call number (0 first) and the request body.
/// </summary>
internal sealed class StubHandler(Func<int, string, string> respond) : HttpMessageHandler
{
    private int calls;

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Calls => calls;

    /// <summary>The HTTP status of every answer whose call number <see cref="StatusOf"/> does not give another (200 by default).</summary>
    public Func<int, HttpStatusCode> StatusOf { get; init; } = _ => HttpStatusCode.OK;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(body);
        var call = Interlocked.Increment(ref calls) - 1;
        return new HttpResponseMessage(StatusOf(call)) { Content = new StringContent(respond(call, body), Encoding.UTF8, "application/json") };
    }

    /// <summary>A client on a stub, with quick retries and the given secrets.</summary>
    public static TableImportClient Client(StubHandler stub, Microsoft.Extensions.Logging.ILogger<TableImportClient>? logger = null, string? apiKey = null, string? databricksToken = null) =>
        new(new HttpClient(stub), new TableImportClientOptions
        {
            Endpoint = new Uri("http://stub.invalid/graphql"),
            SpaceId = "space_id",
            ApiKey = apiKey,
            DatabricksToken = databricksToken,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        }, logger);

    /// <summary>A job as the server reports it; <paramref name="change"/> (e.g. <c>"\"modelType\":\"time_series\""</c>) replaces fields.</summary>
    public static string Job(string jobId, params string[] change)
    {
        var fields = new Dictionary<string, string>
        {
            ["id"] = $"\"node-{jobId}\"",
            ["jobId"] = $"\"{jobId}\"",
            ["jobStatus"] = "\"active\"",
            ["createdAt"] = "\"2024-08-20T00:00:00Z\"",
            ["modelName"] = "\"m\"",
            ["modelType"] = "\"score_categorical\"",
            ["modelEnvironmentName"] = "\"production\"",
            ["tableStore"] = "\"BigQuery\"",
            ["table"] = "\"t\"",
            ["projectId"] = "\"p\"",
            ["dataset"] = "\"d\"",
            ["schema"] = "{\"predictionId\":\"id\"}",
            ["tableIngestionParameters"] = "{\"refreshIntervalSeconds\":1800,\"queryWindowSizeSeconds\":172800}",
            ["totalQueriesSuccessCount"] = "3",
            ["totalQueriesFailedCount"] = "1",
            ["totalQueriesPendingCount"] = "0",
        };
        foreach (var pair in change)
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            fields[pair[..colon].Trim('"')] = pair[(colon + 1)..];
        }

        return "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
    }

    /// <summary>One page of <c>tableJobs</c>.</summary>
    public static string JobsPage(bool hasNextPage, string? endCursor, params string[] jobs) =>
        "{\"data\":{\"node\":{\"tableJobs\":{" + PageInfo(hasNextPage, endCursor) + ",\"edges\":[" + string.Join(",", jobs.Select(j => "{\"node\":" + j + "}")) + "]}}}}";

    /// <summary>One page of a job's <c>queries</c>, with one query.</summary>
    public static string QueriesPage(bool hasNextPage, string? endCursor, string queryId) =>
        "{\"data\":{\"node\":{\"queries\":{\"totalCount\":9," + PageInfo(hasNextPage, endCursor) +
        ",\"edges\":[{\"node\":{\"queryId\":\"" + queryId + "\",\"createdAt\":\"2024-08-20T00:00:00Z\",\"recordsProcessedCount\":1}}]}}}}";

    private static string PageInfo(bool hasNextPage, string? endCursor) =>
        "\"pageInfo\":{\"hasNextPage\":" + (hasNextPage ? "true" : "false") + ",\"endCursor\":" + (endCursor is null ? "null" : "\"" + endCursor + "\"") + "}";
}
