using System.CommandLine;
using TableImport.Cli.Configuration;
using TableImport.Client;
using TableImport.Emulator;
using TableImport.Scaffolding;

namespace TableImport.Cli.Commands;

/// <summary>
/// <c>tableimport scaffold jobs | table</c>: C# job types for what a team already has, written by the library the
/// tool shares with users' own tooling (<see cref="JobScaffoldWriter"/>, <see cref="TableScaffolds"/>,
/// <see cref="TableImportJobScaffolds"/>, <see cref="DuckDbTables"/>): a space's jobs, or a DuckDB table.
/// </summary>
internal static class ScaffoldCommand
{
    public static Command Create(CommonOptions common, CliConsole console)
    {
        var scaffold = new Command("scaffold", "Write annotated C# job types for what already exists: a space's jobs, or a DuckDB table");
        scaffold.Subcommands.Add(Jobs(common, console));
        scaffold.Subcommands.Add(Table(common, console));
        return scaffold;
    }

    private sealed class FileOptions
    {
        public Option<string> Output { get; } = new("--output", "-o") { Description = "The folder to write the files to (default: the current folder)", HelpName = "DIR", DefaultValueFactory = _ => "." };

        public Option<string> Namespace { get; } = new("--namespace") { Description = "The namespace of the types (default: Jobs)", HelpName = "NS", DefaultValueFactory = _ => "Jobs" };

        public Option<bool> Force { get; } = new("--force") { Description = "Overwrite files that exist already (without it, nothing is written when one does)" };

        public void AddTo(Command command)
        {
            command.Options.Add(Output);
            command.Options.Add(Namespace);
            command.Options.Add(Force);
        }
    }

    private static Command Jobs(CommonOptions common, CliConsole console)
    {
        var files = new FileOptions();
        var jobIds = new Option<string[]>("--job") { Description = "Only this job (a jobId or node id); repeat for several (default: every job of the space)", HelpName = "JOBID" };
        var eventBased = new Option<string[]>("--event-based") { Description = "A Snowflake job you know is event based, which the API does not report; repeat for several", HelpName = "JOBID" };
        var command = new Command("jobs", "Write one annotated C# file per job of the space, so that the app built from them registers those very jobs unchanged") { jobIds, eventBased };
        files.AddTo(command);
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (context, token) =>
        {
            var space = context.Options.SpaceId;
            var all = new List<TableImportJobInfo>();
            await foreach (var job in context.Client.ListJobsAsync(token).ConfigureAwait(false))
            {
                all.Add(job);
            }

            var named = parse.GetValue(jobIds) ?? [];
            var selected = Select(all, named, space);
            var kept = new List<TableImportJobInfo>();
            foreach (var (job, reason) in Skipped(selected, named))
            {
                if (reason is null)
                {
                    kept.Add(job);
                }
                else
                {
                    await console.Out.WriteLineAsync($"skipped job {job.JobId} ('{job.ModelName}'): {reason}").ConfigureAwait(false);
                }
            }

            var triggered = new HashSet<string>(parse.GetValue(eventBased) ?? [], StringComparer.Ordinal);
            var scaffolds = kept.Select(job => ScaffoldOf(job, triggered, space)).ToList();
            // What is left was no job being scaffolded (ScaffoldOf takes each one it marks).
            if (triggered.Count > 0)
            {
                throw new CliException($"--event-based names {string.Join(", ", triggered)}, which is no job being scaffolded.");
            }

            var names = JobScaffoldWriter.ClassNames(scaffolds.Select(s => s.Definition).ToList());
            for (var i = 0; i < scaffolds.Count; i++)
            {
                scaffolds[i].ClassName = names[i];
                scaffolds[i].Namespace = parse.GetValue(files.Namespace);
            }

            var written = await WriteAsync(console, parse, files, scaffolds, (s, _) => Describe(kept[scaffolds.IndexOf(s)])).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"Scaffolded {written} of the {all.Count} jobs of space '{space}' into {parse.GetValue(files.Output)}. Build the app with them: "
                + "`tableimport plan --assembly <app.dll>` then says nothing would change, and start-up registration finds each job unchanged.").ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static Command Table(CommonOptions common, CliConsole console)
    {
        var files = new FileOptions();
        var warehouse = new Option<string>("--warehouse") { Description = "The DuckDB file (the emulator's local warehouse)", HelpName = "FILE.duckdb", Required = true };
        var table = new Option<string>("--table") { Description = "The table, as schema.table", HelpName = "SCHEMA.TABLE", Required = true };
        var modelName = new Option<string>("--model-name") { Description = "The Arize model the table feeds", HelpName = "NAME", Required = true };
        var modelType = new Option<string>("--model-type") { Description = "The model type as the API spells it: " + string.Join(", ", Enum.GetValues<ModelType>().Select(GraphQLNames.Of)), HelpName = "TYPE", Required = true };
        var environment = new Option<string>("--environment") { Description = "The environment as the API spells it: " + string.Join(", ", Enum.GetValues<ModelEnvironment>().Select(GraphQLNames.Of)), HelpName = "ENV", Required = true };
        var store = new Option<string>("--store") { Description = "The warehouse the job reads in Arize: BigQuery (default), Snowflake or Databricks", HelpName = "STORE", DefaultValueFactory = _ => "BigQuery" };
        var className = new Option<string?>("--class") { Description = "The class name (default: from the model name)", HelpName = "NAME" };
        var command = new Command("table", "Write one annotated C# job type from a DuckDB table: a member per column, typed from the column, with a role where the column's name says which")
        {
            warehouse, table, modelName, modelType, environment, store, className,
        };
        files.AddTo(command);
        command.SetAction((parse, ct) => CliApp.RunAsync(parse, common, console, async (_, _) =>
        {
            var qualified = parse.GetValue(table)!;
            var dot = qualified.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || dot == qualified.Length - 1)
            {
                throw new CliException($"--table '{qualified}' is not SCHEMA.TABLE (the BigQuery dataset, or the Snowflake or Databricks schema, then the table).");
            }

            var request = new TableScaffoldRequest
            {
                ModelName = parse.GetValue(modelName)!,
                ModelType = GraphQLNames.TryParse(parse.GetValue(modelType), out ModelType type) ? type
                    : throw new CliException($"--model-type '{parse.GetValue(modelType)}' is not a model type: use {string.Join(", ", Enum.GetValues<ModelType>().Select(GraphQLNames.Of))}."),
                Environment = GraphQLNames.TryParse(parse.GetValue(environment), out ModelEnvironment env) ? env
                    : throw new CliException($"--environment '{parse.GetValue(environment)}' is not an environment: use {string.Join(", ", Enum.GetValues<ModelEnvironment>().Select(GraphQLNames.Of))}."),
                Store = Enum.TryParse<TableStore>(parse.GetValue(store), ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen
                    : throw new CliException($"--store '{parse.GetValue(store)}' is not BigQuery, Snowflake or Databricks."),
                ClassName = parse.GetValue(className),
                Namespace = parse.GetValue(files.Namespace),
            };

            var file = parse.GetValue(warehouse)!;
            DuckDbTable read;
            try
            {
                read = DuckDbTables.Read(file, qualified[..dot], qualified[(dot + 1)..]);
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException)
            {
                throw new CliException(ex.Message);
            }

            request.SchemaName = read.Schema;
            request.TableName = read.Name;
            var scaffold = TableScaffolds.FromDuckDb(request, read.Columns);
            if (scaffold.ClassName is null)
            {
                scaffold.ClassName = JobScaffoldWriter.ClassNames([scaffold.Definition])[0];
            }

            await WriteAsync(console, parse, files, [scaffold], (s, _) => $"'{request.ModelName}' from DuckDB table \"{read.Schema}\".\"{read.Name}\" ({read.Columns.Count} columns)").ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }

    private static string Describe(TableImportJobInfo job) =>
        $"job {job.JobId}, '{job.ModelName}' ({GraphQLNames.Of(job.ModelType)}, {GraphQLNames.Of(job.ModelEnvironmentName)}) from {job.TableStore} {Output.Tables.TableOf(job)}";

    /// <summary>The jobs named, or every job; a name that is no job of the space is an error.</summary>
    private static List<TableImportJobInfo> Select(List<TableImportJobInfo> all, string[] named, string? space)
    {
        if (named.Length == 0)
        {
            return all;
        }

        var missing = named.Where(id => !all.Any(j => j.JobId == id || j.Id == id)).ToList();
        return missing.Count == 0
            ? all.Where(j => named.Contains(j.JobId) || named.Contains(j.Id)).ToList()
            : throw new CliException($"The space '{space}' has no job {string.Join(", ", missing)} ('tableimport jobs list' shows its jobs).");
    }

    /// <summary>
    /// Why a job is not scaffolded: deleted (unless named), or the same job to registration as an older one, which
    /// registration keeps in line (two types of one identity would be TI0019). Null for the jobs that are.
    /// </summary>
    private static IEnumerable<(TableImportJobInfo Job, string? Reason)> Skipped(List<TableImportJobInfo> jobs, string[] named)
    {
        var oldestFirst = jobs.OrderBy(j => j.CreatedAt).ThenBy(j => j.JobId, StringComparer.Ordinal).ToList();
        var kept = new List<TableImportJobInfo>();
        foreach (var job in oldestFirst)
        {
            if (job.JobStatus == JobStatus.Deleted && !named.Contains(job.JobId) && !named.Contains(job.Id))
            {
                yield return (job, "it is deleted (name it with --job to scaffold it all the same)");
                continue;
            }

            var identity = TableImportJobIdentity.Of(job.ToDefinition());
            var first = kept.FirstOrDefault(k => identity.Matches(k.GetIdentity()));
            if (first is not null)
            {
                yield return (job, $"registration takes it for job {first.JobId}, the older one with the same model, environment and table, so a type for each would be TI0019");
                continue;
            }

            kept.Add(job);
            yield return (job, null);
        }
    }

    private static JobScaffold ScaffoldOf(TableImportJobInfo job, HashSet<string> eventBased, string? space)
    {
        var scaffold = job.ToScaffold();
        scaffold.Source = $"Scaffolded by `tableimport scaffold jobs` from job {job.JobId} of space '{space}'.";
        if (eventBased.Contains(job.JobId) || eventBased.Contains(job.Id))
        {
            if (job.TableStore != TableStore.Snowflake)
            {
                throw new CliException($"--event-based {job.JobId}: only Snowflake jobs are event based, and this one reads {job.TableStore}.");
            }

            scaffold.Definition.EventBased = true;
            eventBased.Remove(job.JobId);
            eventBased.Remove(job.Id);
            var assumed = scaffold.Notes.FirstOrDefault(n => n.Contains("EventBased = false is assumed", StringComparison.Ordinal));
            if (assumed is not null)
            {
                scaffold.Notes[scaffold.Notes.IndexOf(assumed)] = "The API does not report whether a Snowflake job is event based: --event-based said this one is.";
            }
        }

        return scaffold;
    }

    /// <summary>Writes each scaffold to its file, after making sure no file is overwritten without --force; returns how many.</summary>
    private static async Task<int> WriteAsync(CliConsole console, ParseResult parse, FileOptions files, IReadOnlyList<JobScaffold> scaffolds, Func<JobScaffold, string, string> describe)
    {
        var folder = parse.GetValue(files.Output)!;
        var paths = scaffolds.Select(s => Path.Combine(folder, s.ClassName + ".cs")).ToList();
        var existing = paths.Where(File.Exists).ToList();
        if (existing.Count > 0 && !parse.GetValue(files.Force))
        {
            throw new CliException($"Not writing anything: {string.Join(", ", existing)} exist{(existing.Count == 1 ? "s" : "")} already (--force overwrites).");
        }

        // Every file's text before the first is written: a class or namespace that is no C# name leaves nothing behind.
        List<string> sources;
        try
        {
            sources = scaffolds.Select(JobScaffoldWriter.Write).ToList();
        }
        catch (ArgumentException ex) when (ex.ParamName == "scaffold")
        {
            throw new CliException("Not writing anything: " + ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal) + " (--class, --namespace)");
        }

        Directory.CreateDirectory(folder);
        for (var i = 0; i < scaffolds.Count; i++)
        {
            await File.WriteAllTextAsync(paths[i], sources[i]).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"wrote {paths[i]}: {describe(scaffolds[i], paths[i])}").ConfigureAwait(false);
            foreach (var missing in JobScaffoldWriter.Unexpressed(scaffolds[i]))
            {
                await console.Out.WriteLineAsync("  ! not expressed: " + missing).ConfigureAwait(false);
            }
        }

        return scaffolds.Count;
    }
}
