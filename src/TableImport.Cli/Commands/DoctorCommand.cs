using System.CommandLine;
using TableImport.Cli.Configuration;
using TableImport.Cli.Doctor;

namespace TableImport.Cli.Commands;

/// <summary><c>tableimport doctor</c>: one step that tells a first real user whether the endpoint, key, space and schema are all as the client needs.</summary>
internal static class DoctorCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var command = new Command(
            "doctor",
            "Check the endpoint is reachable, the key accepted, the space found, and (by introspection) that every type, field and argument the client's documents use is on the server; exit 1 naming each problem");
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, (context, token) => new DoctorRun(context).RunAsync(token), ct));
        return command;
    }
}
