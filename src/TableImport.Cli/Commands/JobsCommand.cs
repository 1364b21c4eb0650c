using System.CommandLine;
using System.Globalization;
using TableImport.Cli.Configuration;
using TableImport.Cli.Output;
using TableImport.Client;

namespace TableImport.Cli.Commands;

/// <summary><c>tableimport jobs list | get | queries | pause | resume | delete | trigger</c>: the client's operations on a space's jobs.</summary>
internal static class JobsCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var jobs = new Command("jobs", "List and operate the space's table-import jobs");
        jobs.Subcommands.Add(List(common, console));
        jobs.Subcommands.Add(Get(common, console));
        jobs.Subcommands.Add(Queries(common, console));
        jobs.Subcommands.Add(Mutation("pause", "Pause a job (pauseTableImportJob); it stays paused until resumed", common, console, (client, id, ct) => client.PauseJobAsync(id, ct), "Paused"));
        jobs.Subcommands.Add(Mutation("resume", "Resume a paused job (startTableImportJob)", common, console, (client, id, ct) => client.StartJobAsync(id, ct), "Resumed"));
        jobs.Subcommands.Add(Delete(common, console));
        jobs.Subcommands.Add(Trigger(common, console));
        return jobs;
    }

    private static Option<bool> Json() => new("--json") { Description = "Write JSON (the API's field names) instead of a table" };

    private static Argument<string> JobId() => new("ID") { Description = "The job's jobId (or its node id)" };

    private static Command List(CommonOptions common, CliConsole console)
    {
        var json = Json();
        var command = new Command("list", "Every job of the space, deleted ones included") { json };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var all = new List<TableImportJobInfo>();
            await foreach (var job in context.Client.ListJobsAsync(token).ConfigureAwait(false))
            {
                all.Add(job);
            }

            if (parse.GetValue(json))
            {
                await console.Out.WriteLineAsync(JobJson.Jobs(all)).ConfigureAwait(false);
            }
            else if (all.Count == 0)
            {
                await console.Out.WriteLineAsync($"The space '{context.Options.SpaceId}' has no table-import jobs.").ConfigureAwait(false);
            }
            else
            {
                Tables.For(console).Write(Tables.Jobs(all));
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Get(CommonOptions common, CliConsole console)
    {
        var json = Json();
        var id = JobId();
        var command = new Command("get", "One job, every field") { id, json };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var job = await FindAsync(context, parse.GetValue(id)!, token).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await console.Out.WriteLineAsync(JobJson.Job(job)).ConfigureAwait(false);
            }
            else
            {
                Tables.For(console).Write(Tables.Job(job));
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Queries(CommonOptions common, CliConsole console)
    {
        var json = Json();
        var id = JobId();
        var command = new Command("queries", "A job's queries (runs), oldest first") { id, json };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var job = await FindAsync(context, parse.GetValue(id)!, token).ConfigureAwait(false);
            var queries = await context.Client.ListQueriesAsync(job.Id, token).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                await console.Out.WriteLineAsync(JobJson.Queries(job, queries)).ConfigureAwait(false);
            }
            else
            {
                await console.Out.WriteLineAsync($"Job {job.JobId} ('{job.ModelName}'): {queries.TotalCount} queries").ConfigureAwait(false);
                if (queries.Queries.Count > 0)
                {
                    Tables.For(console).Write(Tables.Queries(queries));
                }
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Mutation(string name, string description, CommonOptions common, CliConsole console, Func<TableImportClient, string, CancellationToken, Task<TableImportJobRef>> mutate, string done)
    {
        var json = Json();
        var id = JobId();
        var command = new Command(name, description) { id, json };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var job = await FindAsync(context, parse.GetValue(id)!, token).ConfigureAwait(false);
            var result = await mutate(context.Client, job.JobId, token).ConfigureAwait(false);
            await console.Out.WriteLineAsync(parse.GetValue(json) ? JobJson.Ref(result) : $"{done} job {result.JobId}: {JobJson.Status(result.JobStatus)}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Delete(CommonOptions common, CliConsole console)
    {
        var json = Json();
        var id = JobId();
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking (required when there is no terminal to ask on)" };
        var command = new Command("delete", "Delete a job (deleteTableImportJob); it stays listed as deleted") { id, yes, json };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var given = parse.GetValue(id)!;
            if (!parse.GetValue(yes) && !console.InputIsTerminal)
            {
                throw new CliException($"Not deleting job {given}: there is no terminal to confirm on. Pass --yes to delete it.");
            }

            var job = await FindAsync(context, given, token).ConfigureAwait(false);
            if (!parse.GetValue(yes))
            {
                await console.Out.WriteAsync($"Delete job {job.JobId} ('{job.ModelName}', {GraphQLNames.Of(job.ModelEnvironmentName)}, {Tables.TableOf(job)}) from space '{context.Options.SpaceId}'? [y/N] ").ConfigureAwait(false);
                if (console.ReadLine()?.Trim().ToLowerInvariant() is not ("y" or "yes"))
                {
                    await console.Out.WriteLineAsync("Not deleted.").ConfigureAwait(false);
                    return ExitCodes.Error;
                }
            }

            var result = await context.Client.DeleteJobAsync(job.JobId, token).ConfigureAwait(false);
            await console.Out.WriteLineAsync(parse.GetValue(json) ? JobJson.Ref(result) : $"Deleted job {result.JobId}: {JobJson.Status(result.JobStatus)}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Trigger(CommonOptions common, CliConsole console)
    {
        var json = Json();
        var id = JobId();
        var start = new Option<string>("--start") { Description = "The start of the window to read, ISO 8601 (2024-08-20T01:00:00Z)", Required = true, HelpName = "TIME" };
        var end = new Option<string>("--end") { Description = "The end of the window to read, ISO 8601", Required = true, HelpName = "TIME" };
        var command = new Command("trigger", "Run an event-based job once over a window (createTriggeredOngoingTableRun)") { id, start, end, json };
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var from = Instant(parse.GetValue(start)!, "--start");
            var to = Instant(parse.GetValue(end)!, "--end");
            if (to <= from)
            {
                throw new CliException($"--end ({to:O}) must be after --start ({from:O}).");
            }

            var job = await FindAsync(context, parse.GetValue(id)!, token).ConfigureAwait(false);
            var run = await context.Client.TriggerRunAsync(job.JobId, from, to, token).ConfigureAwait(false);
            await console.Out.WriteLineAsync(parse.GetValue(json)
                ? JobJson.Triggered(run)
                : $"Triggered job {run.JobId} over {run.QueryStart:O} .. {run.QueryEnd:O}; its run shows in 'tableimport jobs queries {run.JobId}'").ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    /// <summary>
    /// The job by job id or node id, or a one-line error naming the space. The mutations take the job id alone (the
    /// seed's form; a node id there is unproven), so the tool looks the job up first and always sends its job id.
    /// </summary>
    private static async Task<TableImportJobInfo> FindAsync(CliContext context, string id, CancellationToken cancellationToken) =>
        await context.Client.FindJobAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new CliException($"The space '{context.Options.SpaceId}' has no job '{id}' ('tableimport jobs list' shows its jobs).");

    private static DateTimeOffset Instant(string text, string option) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : throw new CliException($"{option} '{text}' is not a date and time; write it ISO 8601, e.g. 2024-08-20T01:00:00Z.");
}
