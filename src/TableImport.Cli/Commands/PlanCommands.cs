using System.CommandLine;
using Spectre.Console;
using TableImport.Cli.Configuration;
using TableImport.Cli.Loading;
using TableImport.Cli.Output;
using TableImport.Hosting.Registration;

namespace TableImport.Cli.Commands;

/// <summary>
/// <c>tableimport plan</c> and <c>apply</c>: an application's jobs, decided by the registrar's own
/// <see cref="TableImportRegistrar.PlanAsync"/> and carried out by its <see cref="TableImportRegistrar.ApplyAsync"/>, as at
/// the application's start-up, so the plan shown is the registration done.
/// </summary>
internal static class PlanCommands
{
    public static Option<string> AssemblyOption() => new("--assembly")
    {
        Description = "The application's built assembly (bin/Release/net10.0/MyApp.dll); its jobs are read as its start-up registration reads them",
        HelpName = "APP.dll",
        Required = true,
    };

    public static Command Plan(CommonOptions common, CliConsole console)
    {
        var assembly = AssemblyOption();
        var command = new Command("plan", "Show what registration would do to each of an application's jobs; exit 0: nothing would change, 2: something would, 1: error") { assembly };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var path = parse.GetValue(assembly)!;
            var jobs = AppJobs.Load(path);
            var options = context.Options;
            var plan = await context.Registrar.PlanAsync(jobs, token).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"{jobs.Count} jobs declared in {Path.GetFileName(path)}, against space '{options.SpaceId}' at {options.Endpoint}:").ConfigureAwait(false);
            foreach (var job in plan.Jobs)
            {
                await console.Out.WriteLineAsync(Describe(job)).ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync(plan.Summary).ConfigureAwait(false);
            return plan.HasFailures ? ExitCodes.Error : plan.HasChanges ? ExitCodes.Changes : ExitCodes.Success;
        }, ct));
        return command;
    }

    public static Command Apply(CommonOptions common, CliConsole console)
    {
        var assembly = AssemblyOption();
        var command = new Command("apply", "Register an application's jobs as its start-up registration does; exit 0 when no job failed") { assembly };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var jobs = AppJobs.Load(parse.GetValue(assembly)!);
            var registrar = context.Registrar;
            var plan = await registrar.PlanAsync(jobs, token).ConfigureAwait(false);
            var writes = plan.Count(JobPlanAction.Create) + plan.Count(JobPlanAction.Update);
            RegistrationReport report;
            if (console.OutputIsTerminal && writes > 0)
            {
                // At 300 mutations a minute a thousand jobs take minutes: show how far along it is.
                report = await Tables.For(console).Progress().AutoClear(false).StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Registering {plan.Jobs.Count} jobs", maxValue: plan.Jobs.Count);
                    return await registrar.ApplyAsync(plan, new Reporter(_ => task.Increment(1)), token).ConfigureAwait(false);
                }).ConfigureAwait(false);
                foreach (var result in report.Jobs)
                {
                    await console.Out.WriteLineAsync(Describe(result)).ConfigureAwait(false);
                }
            }
            else
            {
                report = await registrar.ApplyAsync(plan, new Reporter(result => console.Out.WriteLine(Describe(result))), token).ConfigureAwait(false);
            }

            await console.Out.WriteLineAsync(report.Summary).ConfigureAwait(false);
            return report.Failed == 0 ? ExitCodes.Success : ExitCodes.Error;
        }, ct));
        return command;
    }

    internal static string Describe(JobPlan job)
    {
        var at = job.JobId is null ? "" : $" (job {job.JobId})";
        return job.Action switch
        {
            JobPlanAction.Create => $"  + create         {(job.Definition.JobTypeName is null ? job.JobType + ": " : "")}{job.Definition}",
            JobPlanAction.Update => $"  ~ update         {job.JobType}{at}" + string.Concat(job.Changes.Select(c => Environment.NewLine + "                     " + c)),
            JobPlanAction.Unchanged => $"  = unchanged      {job.JobType}{at}",
            JobPlanAction.CannotChange => $"  ! cannot change  {job.JobType}{at}: {job.Message}",
            _ => $"  x invalid        {job.JobType}: {job.Message}",
        };
    }

    private static string Describe(JobRegistrationResult result)
    {
        var at = result.JobId is null ? "" : $" (job {result.JobId})";
        return result.Outcome switch
        {
            JobOutcome.Failed => $"  FAILED     {result.Message}",
            _ => $"  {result.Outcome.ToString().ToLowerInvariant(),-10} {result.JobType}{at}" + (result.Message is null ? "" : ": " + result.Message),
        };
    }

    /// <summary>Reports on the registering thread, one job at a time (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class Reporter(Action<JobRegistrationResult> report) : IProgress<JobRegistrationResult>
    {
        private readonly Lock gate = new();

        public void Report(JobRegistrationResult value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
