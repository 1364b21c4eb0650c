using TableImport.Emulator;

namespace TableImport.Client.Tests;

/// <summary>An in-process emulator and a client on it, over real loopback HTTP.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(EmulatorServer server, RecordingHandler recorder, HttpClient http, TableImportClient client)
    {
        Server = server;
        Recorder = recorder;
        Http = http;
        Client = client;
    }

    public EmulatorServer Server { get; }

    public RecordingHandler Recorder { get; }

    public HttpClient Http { get; }

    public TableImportClient Client { get; }

    public static async Task<EmulatorHarness> StartAsync(Action<TableImportClientOptions>? configure = null, EmulatorOptions? emulator = null)
    {
        var server = await EmulatorServer.StartAsync(emulator ?? new EmulatorOptions());
        var recorder = new RecordingHandler();
        var http = new HttpClient(recorder);
        var options = new TableImportClientOptions
        {
            Endpoint = server.GraphQLEndpoint,
            SpaceId = "space_id",
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return new EmulatorHarness(server, recorder, http, new TableImportClient(http, options));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
