using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using TableImport.Emulator;

namespace Aspire.Hosting;

/// <summary>
/// The emulator resource's process (see <see cref="EmulatorLaunch"/>): <c>--urls URL [--data-file PATH]
/// [--warehouse FILE.duckdb]</c>, the key in <see cref="ApiKeyVariable"/>. It starts the emulator through its public
/// <c>EmulatorServer.StartAsync</c>, writes the same start line as <c>tableimport emulator</c>, and stops on SIGTERM or
/// Ctrl+C, which is how the orchestrator ends it.
/// </summary>
internal static class EmulatorProcess
{
    /// <summary>The variable the key comes in; <c>--api-key</c> would put it in the orchestrator's log of the command line.</summary>
    internal const string ApiKeyVariable = "TABLEIMPORT_EMULATOR_API_KEY";

    private static async Task<int> Main(string[] args)
    {
        var options = new EmulatorOptions
        {
            FollowWallClock = true,
            ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } key ? key : null,
            ConfigureLogging = logging => logging
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning),
        };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--urls":
                    options.Url = args[i + 1];
                    break;
                case "--data-file":
                    options.DataFile = args[i + 1];
                    break;
                case "--warehouse":
                    options.Warehouse = args[i + 1];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option '{args[i]}'; the emulator resource passes --urls, --data-file and --warehouse.").ConfigureAwait(false);
                    return 2;
            }
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

        await using var server = await EmulatorServer.StartAsync(options).ConfigureAwait(false);
        await Console.Out.WriteLineAsync($"Table Importer emulator: POST {server.GraphQLEndpoint}, jobs and queries at {server.BaseAddress}").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
        await stop.Task.ConfigureAwait(false);
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
    }
}
