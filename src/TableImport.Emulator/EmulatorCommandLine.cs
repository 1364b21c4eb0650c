using System.ComponentModel;
using Microsoft.Extensions.Logging;

namespace TableImport.Emulator;

/// <summary>
/// The emulator's command line: <c>--api-key KEY</c>, <c>--data-file PATH</c>, <c>--warehouse FILE.duckdb</c>,
/// <c>--graphql-schema proven|known</c> (each also as <c>--name=value</c>) and the ASP.NET host's own options
/// (<c>--urls</c>, <c>--environment</c>, <c>--contentRoot</c>), which are passed through. Any other <c>--</c> option is an
/// error: a mistyped <c>--api-key</c> silently ignored would leave the emulator open.
/// </summary>
/// <remarks>
/// Public for the <c>tableimport emulator</c> command of the TableImport.Cli tool, which runs this command line rather
/// than a second parser of it. In code, start an emulator with <see cref="EmulatorServer.StartAsync(EmulatorOptions?, CancellationToken)"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EmulatorCommandLine
{
    /// <summary>The options, for a usage line or a help text (a property: a constant would be compiled into the caller).</summary>
    public static string Usage { get; } = "--urls URLS (default http://127.0.0.1:5080), --api-key KEY (require this x-api-key), --data-file PATH (keep jobs in this SQLite file), --warehouse FILE.duckdb (stand over this DuckDB warehouse), --graphql-schema proven|known (serve only what has evidence of working against the live API, or everything known; default known); each also as --name=value";

    private static readonly string[] HostOptions = ["urls", "environment", "contentRoot"];

    /// <summary>
    /// Runs the emulator in the foreground until the process is told to stop (Ctrl+C): what <c>dotnet run --project
    /// src/TableImport.Emulator</c> and <c>tableimport emulator</c> both do, with the same options. Returns 2 on a bad
    /// command line, after writing the problem to <paramref name="error"/>.
    /// </summary>
    /// <param name="args">The options, as typed after the command.</param>
    /// <param name="output">Where the start-up line goes.</param>
    /// <param name="error">Where a command-line problem goes.</param>
    /// <param name="cancellationToken">Stops the emulator.</param>
    /// <returns>0 after a shutdown, 2 for a bad command line.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = new EmulatorOptions
        {
            Url = "http://127.0.0.1:5080",
            FollowWallClock = true,
            ConfigureLogging = logging => logging
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning),
        };
        var (hostArgs, problem) = Parse(args, options);
        if (problem is not null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            return 2;
        }

        await using var server = await EmulatorServer.StartAsync(options, [.. hostArgs], cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"Table Importer emulator: POST {server.GraphQLEndpoint}, jobs and queries at {server.BaseAddress} (schema: {Name(server.GraphQLSchema)})").ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    /// <summary>Sets <paramref name="options"/> from <paramref name="args"/>; returns the host's arguments, or the problem.</summary>
    internal static (List<string> HostArgs, string? Error) Parse(string[] args, EmulatorOptions options)
    {
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                hostArgs.Add(arg);
                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (HostOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                hostArgs.Add(arg);
                if (equals < 0 && i + 1 < args.Length)
                {
                    hostArgs.Add(args[++i]);
                }

                continue;
            }

            if (name is not ("api-key" or "data-file" or "warehouse" or "graphql-schema"))
            {
                return (hostArgs, $"Unknown option '{(equals < 0 ? arg : arg[..equals])}'. Options: {Usage}.");
            }

            string? value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else
            {
                value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            }

            if (string.IsNullOrEmpty(value))
            {
                return (hostArgs, $"--{name} needs a value.");
            }

            if (name == "api-key")
            {
                options.ApiKey = value;
            }
            else if (name == "graphql-schema")
            {
                if (ParseSchema(value) is not { } picture)
                {
                    return (hostArgs, $"--graphql-schema must be proven or known, not '{value}'.");
                }

                options.GraphQLSchema = picture;
            }
            else if (name == "warehouse")
            {
                options.Warehouse = value;
            }
            else
            {
                options.DataFile = value;
            }
        }

        return (hostArgs, null);
    }

    /// <summary>The picture as the command line and the start-up line spell it: <c>known</c>, <c>proven</c>.</summary>
    internal static string Name(EmulatorGraphQLSchema picture) => picture.ToString().ToLowerInvariant();

    private static EmulatorGraphQLSchema? ParseSchema(string value) =>
        Enum.GetValues<EmulatorGraphQLSchema>().Where(p => string.Equals(Name(p), value, StringComparison.OrdinalIgnoreCase)).Select(p => (EmulatorGraphQLSchema?)p).FirstOrDefault();
}
