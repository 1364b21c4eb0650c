namespace TableImport.Emulator;

/// <summary>
/// The emulator's command line: <c>--api-key KEY</c>, <c>--data-file PATH</c>, <c>--warehouse FILE.duckdb</c> (each also as <c>--name=value</c>) and the
/// ASP.NET host's own options (<c>--urls</c>, <c>--environment</c>, <c>--contentRoot</c>), which are passed through. Any
/// other <c>--</c> option is an error: a mistyped <c>--api-key</c> silently ignored would leave the emulator open.
/// </summary>
internal static class EmulatorCommandLine
{
    private static readonly string[] HostOptions = ["urls", "environment", "contentRoot"];

    /// <summary>Sets <paramref name="options"/> from <paramref name="args"/>; returns the host's arguments, or the problem.</summary>
    public static (List<string> HostArgs, string? Error) Parse(string[] args, EmulatorOptions options)
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

            if (name is not ("api-key" or "data-file" or "warehouse"))
            {
                return (hostArgs, $"Unknown option '{(equals < 0 ? arg : arg[..equals])}'. Options: --api-key KEY, --data-file PATH, --warehouse FILE.duckdb, --urls URLS (each also as --name=value).");
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
}
