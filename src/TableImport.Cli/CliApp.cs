using System.CommandLine;
using TableImport.Cli.Commands;
using TableImport.Cli.Configuration;
using TableImport.Client;

namespace TableImport.Cli;

/// <summary>The <c>tableimport</c> command line: its commands, and one way of failing (one clear line, an exit code).</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        // The emulator's own --api-key is the key it requires; any other command's key would land in the shell's history.
        if (args.FirstOrDefault() != "emulator" && args.Any(a => a == "--api-key" || a.StartsWith("--api-key=", StringComparison.Ordinal)))
        {
            await console.Error.WriteLineAsync("error: --api-key is not taken on the command line, where it would land in the shell's history: set TableImport__ApiKey, or pass --api-key-file PATH.").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        var common = new CommonOptions();
        var root = new RootCommand(
            "tableimport: operate Arize table-import jobs. Configuration comes from TableImport__Endpoint, TableImport__SpaceId and TableImport__ApiKey (or --endpoint, --space, --api-key-file).");
        foreach (var option in common.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(JobsCommand.Create(common, console));
        root.Subcommands.Add(PlanCommands.Plan(common, console));
        root.Subcommands.Add(PlanCommands.Apply(common, console));
        root.Subcommands.Add(ValidateCommand.Create(common, console));
        root.Subcommands.Add(DoctorCommand.Create(common, console));
        root.Subcommands.Add(ScaffoldCommand.Create(common, console));
        root.Subcommands.Add(EmulatorCommand.Create(console));

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a command that talks to the API: builds its context, and turns every failure into one line on the error
    /// stream (the whole exception with <c>--verbose</c>), with the key redacted either way.
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, CommonOptions common, CliConsole console, Func<CliContext, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        CliContext? context = null;
        try
        {
            context = CliContext.Create(parse, common, console);
            return await action(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("Cancelled.").ConfigureAwait(false);
            return ExitCodes.Error;
        }
        catch (Exception ex)
        {
            var line = ex switch
            {
                CliException => ex.Message,
                TableImportAuthenticationException => "The API key was refused (HTTP 401): set TableImport__ApiKey or --api-key-file to a key of this space's organization.",
                TableImportException => ex.Message,
                _ => $"{ex.GetType().Name}: {ex.Message}",
            };
            var text = parse.GetValue(common.Verbose) ? line + Environment.NewLine + ex : line + (ex is CliException ? "" : " (--verbose shows the details)");
            await console.Error.WriteLineAsync("error: " + (context?.Redact(text) ?? text)).ConfigureAwait(false);
            return ex is CliException cli ? cli.ExitCode : ExitCodes.Error;
        }
        finally
        {
            if (context is not null)
            {
                await context.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
