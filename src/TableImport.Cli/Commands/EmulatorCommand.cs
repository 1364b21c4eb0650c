using System.CommandLine;
using TableImport.Emulator;

namespace TableImport.Cli.Commands;

/// <summary>
/// <c>tableimport emulator</c>: the emulator in the foreground, for people who installed only the tool. Its options
/// are the emulator's own command line (<see cref="EmulatorCommandLine"/>), handed over unparsed: one parser, so the
/// two can never differ.
/// </summary>
internal static class EmulatorCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("emulator", "Run the local Table Importer API emulator in the foreground until Ctrl+C. Options: " + EmulatorCommandLine.Usage)
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parse, ct) => EmulatorCommandLine.RunAsync([.. parse.UnmatchedTokens], console.Out, console.Error, ct));
        return command;
    }
}
