using Microsoft.Extensions.Logging;

namespace TableImport.Emulator;

/// <summary>
/// Command line: <c>dotnet run --project src/TableImport.Emulator -- --urls http://127.0.0.1:5080 [--api-key KEY] [--data-file PATH] [--warehouse FILE.duckdb]</c>;
/// <c>--name=value</c> works too, and an unknown option stops the emulator (see <see cref="EmulatorCommandLine"/>).
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = new EmulatorOptions
        {
            Url = "http://127.0.0.1:5080",
            FollowWallClock = true,
            ConfigureLogging = logging => logging
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning),
        };
        var (hostArgs, error) = EmulatorCommandLine.Parse(args, options);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
            return 2;
        }

        await using var server = await EmulatorServer.StartAsync(options, [.. hostArgs], CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine($"Table Importer emulator: POST {server.GraphQLEndpoint}, jobs and queries at {server.BaseAddress}");
        await server.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
