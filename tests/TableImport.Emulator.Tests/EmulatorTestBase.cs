namespace TableImport.Emulator.Tests;

/// <summary>A fresh emulator on a free loopback port per test, reached over real HTTP.</summary>
public abstract class EmulatorTestBase : IAsyncLifetime
{
    internal static readonly DateTimeOffset Start = new(2024, 8, 20, 0, 0, 0, TimeSpan.Zero);

    private EmulatorServer? server;
    private GraphQLTestClient? client;

    internal EmulatorServer Server => server ?? throw new InvalidOperationException("Not started.");

    internal GraphQLTestClient Client => client ?? throw new InvalidOperationException("Not started.");

    protected virtual EmulatorOptions Options => new() { StartTime = Start };

    public async Task InitializeAsync()
    {
        server = await EmulatorServer.StartAsync(Options);
        client = new GraphQLTestClient(server.GraphQLEndpoint);
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
