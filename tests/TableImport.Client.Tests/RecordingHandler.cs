using System.Collections.Concurrent;

namespace TableImport.Client.Tests;

/// <summary>Records each request body and header set on its way to a real server; changes nothing.</summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    public RecordingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.RequestUri!, body, request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value))));
        return await base.SendAsync(request, cancellationToken);
    }
}

internal sealed record RecordedRequest(Uri Uri, string Body, IReadOnlyDictionary<string, string> Headers);
