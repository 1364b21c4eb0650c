using Microsoft.Extensions.Logging;

namespace TableImport.Emulator;

/// <summary>Command line: <c>dotnet run --project src/TableImport.Emulator -- --urls http://127.0.0.1:5080 [--api-key KEY] [--data-file PATH]</c>.</summary>
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
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--api-key" when i + 1 < args.Length:
                    options.ApiKey = args[++i];
                    break;
                case "--data-file" when i + 1 < args.Length:
                    options.DataFile = args[++i];
                    break;
                case "--api-key" or "--data-file":
                    await Console.Error.WriteLineAsync($"{args[i]} needs a value.").ConfigureAwait(false);
                    return 2;
                default:
                    hostArgs.Add(args[i]);
                    break;
            }
        }

        await using var server = await EmulatorServer.StartAsync(options, [.. hostArgs], CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine($"Table Importer emulator: POST {server.GraphQLEndpoint}");
        await server.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
