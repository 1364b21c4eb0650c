using System.Text.Json;
using TableImport.Cli.Tests.Infrastructure;
using TableImport.Client;
using TableImport.Emulator;

namespace TableImport.Cli.Tests;

/// <summary>The commands run in process against an in-process emulator: parsing, output and the one way of failing.</summary>
public sealed class CommandTests : IAsyncLifetime
{
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Jobs_list_json_is_an_array_with_the_clients_field_names_and_the_apis_enum_spellings()
    {
        var space = NewSpace();
        var created = await CreateSampleJobAsync(space);

        var result = await RunAsync("jobs", "list", "--json", "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space);

        Assert.Equal(0, result.ExitCode);
        var job = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Equal(created.JobId, job.GetProperty("jobId").GetString());
        Assert.Equal("active", job.GetProperty("jobStatus").GetString());
        Assert.Equal(Sample.Jobs.CardFraudScore.TableImportJob.ModelName, job.GetProperty("modelName").GetString());
        Assert.Equal(GraphQLNames.Of(ModelType.ScoreCategorical), job.GetProperty("modelType").GetString());
        Assert.Equal(Sample.Jobs.CardFraudScore.TableImportJob.Schema.PredictionId, job.GetProperty("schema").GetProperty("predictionId").GetString());
    }

    [Fact]
    public async Task Jobs_list_without_json_is_a_table_naming_each_job()
    {
        var space = NewSpace();
        var created = await CreateSampleJobAsync(space);

        var result = await RunAsync("jobs", "list", "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("JOB ID", result.Output, StringComparison.Ordinal);
        var row = Assert.Single(result.Output.Split('\n'), l => l.Contains(created.JobId, StringComparison.Ordinal));
        Assert.Contains("card-fraud", row, StringComparison.Ordinal);
        Assert.Contains("active", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_get_shows_every_schema_value_and_ingestion_parameter_that_its_json_shows()
    {
        var space = NewSpace();
        var endpoint = new[] { "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space };
        var created = 0;
        foreach (var definition in ModelJobs.All())
        {
            Assert.DoesNotContain(definition.Validate(), v => v.IsArizeRule);
            var job = await CreateAsync(space, definition);
            created++;

            var json = await RunAsync(["jobs", "get", job.JobId, "--json", .. endpoint]);
            var table = await RunAsync(["jobs", "get", job.JobId, .. endpoint]);
            Assert.Equal(0, json.ExitCode);
            Assert.Equal(0, table.ExitCode);
            var root = JsonDocument.Parse(json.Output).RootElement;
            var leaves = Leaves(root.GetProperty("schema"), "schema").Concat(Leaves(root.GetProperty("tableIngestionParameters"), "tableIngestionParameters")).ToList();
            Assert.NotEmpty(leaves);
            var rows = table.Output.Split('\n').Select(l => l.Trim()).ToList();
            foreach (var (path, value) in leaves)
            {
                Assert.True(rows.Any(r => r.StartsWith(path + " ", StringComparison.Ordinal) && r.EndsWith(" " + value, StringComparison.Ordinal)),
                    $"{definition.ModelType}: jobs get shows no row '{path}' = '{value}':\n{table.Output}");
            }
        }

        Assert.Equal(6, created);
    }

    // Every value the JSON holds, by path; a list as JSON writes it, in brackets.
    private static IEnumerable<(string Path, string Value)> Leaves(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return element.EnumerateObject().SelectMany(p => Leaves(p.Value, path + "." + p.Name));
            case JsonValueKind.Array when element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return [(path, "[" + string.Join(", ", element.EnumerateArray().Select(e => e.GetString())) + "]")];
            case JsonValueKind.Array:
                return element.EnumerateArray().SelectMany((e, i) => Leaves(e, $"{path}[{i}]"));
            default:
                return [(path, element.ToString())];
        }
    }

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Proven)]
    public async Task Pause_resume_trigger_and_queries_go_through_the_client(EmulatorGraphQLSchema picture)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        var space = NewSpace();
        var created = await CreateAsync(space, Sample.Jobs.CardFraudScore.TableImportJob, server);
        var endpoint = new[] { "--endpoint", server.GraphQLEndpoint.ToString(), "--space", space };

        // By node id as well as by job id: the tool looks the job up and sends its job id, the only form proven takes.
        var paused = await RunAsync(["jobs", "pause", created.Id, "--json", .. endpoint]);
        Assert.True(paused.ExitCode == 0, paused.ToString());
        Assert.Equal("inactive", JsonDocument.Parse(paused.Output).RootElement.GetProperty("jobStatus").GetString());
        var resumed = await RunAsync(["jobs", "resume", created.JobId, "--json", .. endpoint]);
        Assert.Equal("active", JsonDocument.Parse(resumed.Output).RootElement.GetProperty("jobStatus").GetString());
        var unknown = await RunAsync(["jobs", "pause", "no-such-job", .. endpoint]);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains($"The space '{space}' has no job 'no-such-job'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, server.RequestCounts.Get("pauseTableImportJob"));

        var queries = await RunAsync(["jobs", "queries", created.JobId, "--json", .. endpoint]);
        Assert.Equal(0, queries.ExitCode);
        Assert.Equal(created.JobId, JsonDocument.Parse(queries.Output).RootElement.GetProperty("jobId").GetString());

        var badWindow = await RunAsync(["jobs", "trigger", created.JobId, "--start", "2024-08-20T02:00:00Z", "--end", "2024-08-20T01:00:00Z", .. endpoint]);
        Assert.Equal(1, badWindow.ExitCode);
        Assert.Contains("--end", badWindow.Error, StringComparison.Ordinal);

        var deleted = await RunAsync(["jobs", "delete", created.Id, "--yes", "--json", .. endpoint]);
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Equal("deleted", JsonDocument.Parse(deleted.Output).RootElement.GetProperty("jobStatus").GetString());
    }

    [Fact]
    public async Task Delete_without_yes_and_without_a_terminal_refuses_and_deletes_nothing()
    {
        var space = NewSpace();
        var created = await CreateSampleJobAsync(space);

        var refused = await RunAsync("jobs", "delete", created.JobId, "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space);
        Assert.Equal(1, refused.ExitCode);
        Assert.Equal(0, emulator.RequestCounts.Get("deleteTableImportJob"));

        var deleted = await RunAsync("jobs", "delete", created.JobId, "--yes", "--json", "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal("deleted", JsonDocument.Parse(deleted.Output).RootElement.GetProperty("jobStatus").GetString());
    }

    [Fact]
    public async Task Delete_asks_on_a_terminal_and_a_no_keeps_the_job()
    {
        var space = NewSpace();
        var created = await CreateSampleJobAsync(space);
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), outputIsTerminal: false, inputIsTerminal: true, readLine: () => "n");

        var exit = await CliApp.RunAsync(["jobs", "delete", created.JobId, "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space], console);

        Assert.Equal(1, exit);
        Assert.Contains($"Delete job {created.JobId} ('card-fraud'", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Not deleted.", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.RequestCounts.Get("deleteTableImportJob"));
    }

    [Fact]
    public async Task A_key_on_the_command_line_is_refused_before_anything_is_sent()
    {
        var result = await RunAsync("jobs", "list", "--api-key", "secret-on-the-command-line", "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", "s");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("TableImport__ApiKey", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.RequestCounts.Total);
    }

    [Fact]
    public async Task A_refused_key_is_one_line_without_verbose_and_never_printed_with_it()
    {
        var key = "key-" + Guid.NewGuid().ToString("N");
        await using var locked = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "another-" + key });
        var keyFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(keyFile, key + "\n");
            string[] args = ["jobs", "list", "--endpoint", locked.GraphQLEndpoint.ToString(), "--space", "s", "--api-key-file", keyFile];

            var plain = await RunAsync(args);
            var verbose = await RunAsync([.. args, "--verbose"]);

            Assert.Equal(1, plain.ExitCode);
            Assert.Equal("error: The API key was refused (HTTP 401): set TableImport__ApiKey or --api-key-file to a key of this space's organization. (--verbose shows the details)", plain.Error.Trim());
            Assert.Equal(1, verbose.ExitCode);
            Assert.Contains("TableImportAuthenticationException", verbose.Error, StringComparison.Ordinal);
            Assert.Contains("   at ", verbose.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(key, plain.All + verbose.All, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task A_missing_space_is_one_line_naming_the_variable_and_the_option()
    {
        var result = await RunAsync("jobs", "list", "--endpoint", emulator.GraphQLEndpoint.ToString());

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("TableImport__SpaceId", line, StringComparison.Ordinal);
        Assert.Contains("--space", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_names_the_fields_an_update_would_change_old_and_new_and_exits_2()
    {
        var space = NewSpace();
        var changed = Sample.Jobs.CardFraudScore.TableImportJob;
        changed.TableIngestionParameters = new TableIngestionParameters { RefreshIntervalMinutes = 60, QueryWindowSizeHours = 24 };
        await CreateAsync(space, changed);

        var result = await RunAsync("plan", "--assembly", Repository.SampleAssembly, "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("~ update         TableImport.Sample.Jobs.CardFraudScore", result.Output, StringComparison.Ordinal);
        var declared = Sample.Jobs.CardFraudScore.TableImportJob.TableIngestionParameters!.RefreshIntervalMinutes;
        Assert.Contains($"tableIngestionParameters.refreshIntervalMinutes: 60 → {declared}", result.Output, StringComparison.Ordinal);
        Assert.Contains("Plan: 2 to create, 1 to update, 0 unchanged", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_without_introspection_says_so_and_runs_the_read_only_operations()
    {
        await using var closed = await EmulatorServer.StartAsync(new EmulatorOptions { DisableIntrospection = true });
        var space = NewSpace();
        using (var http = new HttpClient())
        using (var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = closed.GraphQLEndpoint, SpaceId = space }))
        {
            await client.CreateJobAsync(Sample.Jobs.CardFraudScore.TableImportJob);
        }

        var result = await RunAsync("doctor", "--endpoint", closed.GraphQLEndpoint.ToString(), "--space", space);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("! introspection is disabled on this endpoint", result.Output, StringComparison.Ordinal);
        Assert.All(["FindJob works", "GetJob works", "ListQueries works", "the mutations (create, update, pause, resume, delete, trigger) were not checked"],
            line => Assert.Contains(line, result.Output, StringComparison.Ordinal));
        Assert.Equal(0, closed.RequestCounts.Get("pauseTableImportJob") + closed.RequestCounts.Get("createTableImportJob:dryRun"));
    }

    [Fact]
    public async Task Doctor_names_a_missing_extra_with_what_degrades_and_exits_0()
    {
        await using var lacking = await EmulatorServer.StartAsync(new EmulatorOptions { EditSchema = sdl => Edit(sdl, "tableJobs(search: String, ", "tableJobs(") });

        var result = await RunAsync("doctor", "--endpoint", lacking.GraphQLEndpoint.ToString(), "--space", NewSpace());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("! this server has no search on a space's tableJobs (an extra of FindJob): FindJob pages through the space's jobs", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_knows_the_extras_whatever_the_server_calls_its_mutation_root()
    {
        await using var proven = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            GraphQLSchema = EmulatorGraphQLSchema.Proven,
            EditSchema = sdl => "schema { query: Query mutation: Mutations }\n" + Edit(sdl, "type Mutation {", "type Mutations {"),
        });

        var result = await RunAsync("doctor", "--endpoint", proven.GraphQLEndpoint.ToString(), "--space", NewSpace());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("! this server has no modelVersion on updateTableImportJob's input", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("✗", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_names_a_missing_required_field_with_the_operations_that_send_it_and_exits_1()
    {
        await using var lacking = await EmulatorServer.StartAsync(new EmulatorOptions { EditSchema = sdl => Edit(sdl, "tagsList: [String]  shapValues: String  exclude: [String]   #", "tagsList: [String]  exclude: [String]   #") });

        var result = await RunAsync("doctor", "--endpoint", lacking.GraphQLEndpoint.ToString(), "--space", NewSpace());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("missing input field TableImportSchemaInputType.shapValues", result.Output, StringComparison.Ordinal);
        Assert.Contains("needed by CreateEventBasedJob, CreateJob, DryRun, UpdateJob", result.Output, StringComparison.Ordinal);
    }

    private static string Edit(string sdl, string from, string to) => sdl.Contains(from, StringComparison.Ordinal)
        ? sdl.Replace(from, to, StringComparison.Ordinal)
        : throw new InvalidOperationException($"The served schema no longer has '{from}'; update this test:\n" + sdl);

    [Fact]
    public async Task The_emulator_command_takes_the_emulators_own_options()
    {
        var result = await RunAsync("emulator", "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown option '--no-such-option'", result.Error, StringComparison.Ordinal);
        Assert.Contains("--warehouse FILE.duckdb", result.Error, StringComparison.Ordinal);
    }

    internal static async Task<ProcessResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, CliConsole.Captured(output, error));
        return new ProcessResult("tableimport " + string.Join(" ", args), exit, output.ToString(), error.ToString());
    }

    private Task<TableImportJobRef> CreateSampleJobAsync(string space) => CreateAsync(space, Sample.Jobs.CardFraudScore.TableImportJob);

    private async Task<TableImportJobRef> CreateAsync(string space, TableImportJobDefinition job, EmulatorServer? server = null)
    {
        using var http = new HttpClient();
        using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = (server ?? emulator).GraphQLEndpoint, SpaceId = space });
        return await client.CreateJobAsync(job);
    }

    private static string NewSpace() => "space-" + Guid.NewGuid().ToString("N")[..8];
}
