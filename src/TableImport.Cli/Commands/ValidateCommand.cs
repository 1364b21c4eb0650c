using System.CommandLine;
using TableImport.Cli.Configuration;
using TableImport.Cli.Loading;
using TableImport.Hosting.Registration;

namespace TableImport.Cli.Commands;

/// <summary>
/// <c>tableimport validate</c>: the rule engine (<see cref="TableImportJobDefinition.Validate"/>) over an application's
/// jobs, and the registrar's check of two declarations with one identity (TI0019), with no network. A rule the
/// application's build silenced (<c>dotnet_diagnostic.TI0008.severity = none</c>) still fails here: Arize would refuse the job all the same.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var assembly = PlanCommands.AssemblyOption();
        var command = new Command("validate", "Judge an application's jobs by the TI rules, offline; exit 1 when a job breaks an Arize rule") { assembly };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var path = parse.GetValue(assembly)!;
            var jobs = AppJobs.Load(path);
            var collisions = TableImportJobIdentity.Collisions(jobs);
            var errors = 0;
            var warnings = 0;
            for (var i = 0; i < jobs.Count; i++)
            {
                var job = jobs[i];
                var type = job.JobTypeName ?? $"job '{job.ModelName}'";
                foreach (var violation in job.Validate())
                {
                    var error = violation.Kind == TableImportRuleKind.ArizeRule;
                    errors += error ? 1 : 0;
                    warnings += error ? 0 : 1;
                    await console.Out.WriteLineAsync($"{type}: {(error ? "error" : "warning")} {violation.Id} at {violation.Field}: {violation.Message}").ConfigureAwait(false);
                }

                if (collisions.TryGetValue(i, out var collision))
                {
                    errors++;
                    await console.Out.WriteLineAsync($"{type}: error {collision}").ConfigureAwait(false);
                }
            }

            await console.Out.WriteLineAsync($"{jobs.Count} jobs in {Path.GetFileName(path)}: {errors} errors, {warnings} warnings").ConfigureAwait(false);
            return errors == 0 ? ExitCodes.Success : ExitCodes.Error;
        }, ct));
        return command;
    }
}
