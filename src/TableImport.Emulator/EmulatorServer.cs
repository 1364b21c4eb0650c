using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TableImport.Emulator.GraphQL;
using TableImport.Emulator.Http;
using TableImport.Emulator.Pages;
using TableImport.Emulator.State;
using TableImport.Emulator.Warehouse;

namespace TableImport.Emulator;

/// <summary>A running Table Importer API emulator: <c>POST /graphql</c> on a loopback port, and a page of its jobs at <c>GET /</c>.</summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly JobStore store;
    private int stopped;

    private EmulatorServer(WebApplication app, JobStore store, EmulatorClock clock, EmulatorFaults faults, EmulatorRequestCounts counts, Uri baseAddress, EmulatorGraphQLSchema graphQLSchema)
    {
        this.app = app;
        this.store = store;
        GraphQLSchema = graphQLSchema;
        Clock = clock;
        Faults = faults;
        RequestCounts = counts;
        BaseAddress = baseAddress;
        GraphQLEndpoint = new Uri(baseAddress, "graphql");
    }

    /// <summary>The server's root, for example <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The GraphQL endpoint, <see cref="BaseAddress"/> + <c>graphql</c>.</summary>
    public Uri GraphQLEndpoint { get; }

    /// <summary>The picture of the API this server serves (<see cref="EmulatorOptions.GraphQLSchema"/>).</summary>
    public EmulatorGraphQLSchema GraphQLSchema { get; }

    /// <summary>Failures to inject into the next requests.</summary>
    public EmulatorFaults Faults { get; }

    /// <summary>Emulator time.</summary>
    public EmulatorClock Clock { get; }

    /// <summary>Requests received, by operation.</summary>
    public EmulatorRequestCounts RequestCounts { get; }

    /// <summary>Starts an emulator; with the default <see cref="EmulatorOptions.Url"/> it listens on a free loopback port.</summary>
    public static Task<EmulatorServer> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new EmulatorOptions(), [], cancellationToken);

    /// <summary>Starts an emulator with extra host arguments (the command line passes its own, such as <c>--urls</c>).</summary>
    internal static async Task<EmulatorServer> StartAsync(EmulatorOptions options, string[] hostArgs, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = hostArgs });
        builder.Logging.ClearProviders();
        options.ConfigureLogging?.Invoke(builder.Logging);
        if (!hostArgs.Any(a => a.StartsWith("--urls", StringComparison.Ordinal)))
        {
            builder.WebHost.UseUrls(options.Url);
        }

        var clock = new EmulatorClock(options.StartTime ?? DateTimeOffset.UtcNow, options.FollowWallClock);
        var persistence = string.IsNullOrEmpty(options.DataFile) ? null : new SqliteJobPersistence(options.DataFile);
        var store = new JobStore(clock, persistence)
        {
            Warehouse = string.IsNullOrEmpty(options.Warehouse) ? null : new DuckDbWarehouse(options.Warehouse),
            EitherIdNamesAJob = options.GraphQLSchema == EmulatorGraphQLSchema.Known,
        };
        clock.Advanced += store.CatchUp;
        var faults = new EmulatorFaults();
        var counts = new EmulatorRequestCounts();

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TableImport.Emulator");
        var sdl = ServedSchema.Sdl(options.GraphQLSchema);
        var endpoint = new GraphQLHttpEndpoint(
            EmulatorSchema.Create(store, options.EditSchema is null ? sdl : options.EditSchema(sdl)), new DocumentExecuter(), new GraphQLSerializer(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping), store, clock, faults, counts, options, logger);

        app.MapPost("/graphql", async http =>
        {
            try
            {
                await endpoint.HandleAsync(http).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
            {
                // The client went away; there is no one to answer.
            }
            catch (Exception exception) when (!http.Response.HasStarted)
            {
                EmulatorLog.RequestFailed(logger, exception);
                await endpoint.WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "The emulator failed to handle the request.", "INTERNAL_SERVER_ERROR", CancellationToken.None).ConfigureAwait(false);
            }
        });

        var page = new JobsPage(store, clock, options);
        app.MapGet("/", page.WriteAsync);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            store.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new EmulatorServer(app, store, clock, faults, counts, new Uri(address.TrimEnd('/') + "/"), options.GraphQLSchema);
        EmulatorLog.Listening(
            logger,
            server.GraphQLEndpoint,
            (persistence is null ? "in memory" : "data file " + options.DataFile) + (store.Warehouse is null ? "" : ", warehouse " + options.Warehouse),
            EmulatorCommandLine.Name(server.GraphQLSchema));
        return server;
    }

    /// <summary>Stops listening and releases the data file.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        try
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            store.Dispose();
        }
    }

    /// <summary>Same as <see cref="StopAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await StopAsync().ConfigureAwait(false);

    /// <summary>Blocks until the host shuts down (Ctrl+C on the command line) or <paramref name="cancellationToken"/> is cancelled.</summary>
    internal Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);
}
