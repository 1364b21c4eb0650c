using System.Text.Json;
using System.Text.Json.Nodes;
using TableImport.Emulator.Model;
using TableImport.Emulator.State;

namespace TableImport.Emulator.Tests;

/// <summary>The fields third-party clients read, oversized ingestion parameters, and the command line.</summary>
public sealed class HardeningTests : EmulatorTestBase, IDisposable
{
    private readonly string dataFile = Path.Combine(Path.GetTempPath(), $"tableimport-emulator-{Guid.NewGuid():N}.db");

    private const string Coordinates = """
        query job($id: ID!) { node(id: $id) { ... on TableImportJob { table projectId dataset tableStore
          tableIngestionParameters { refreshIntervalSeconds queryWindowSizeSeconds } } } }
        """;

    [Fact]
    public async Task Table_projectId_and_dataset_are_served_for_every_store()
    {
        var (bigQuery, _) = await Jobs.CreateAsync(Client);
        var (snowflake, _) = await Jobs.CreateEventBasedAsync(Client);

        var bq = (await Client.SendAsync(Coordinates, new JsonObject { ["id"] = bigQuery }.ToJsonString())).AssertData().GetProperty("node");
        Assert.Equal("test-table", bq.GetProperty("table").GetString());
        Assert.Equal("test-project-id", bq.GetProperty("projectId").GetString());
        Assert.Equal("test-dataset", bq.GetProperty("dataset").GetString());
        Assert.Equal(3600, bq.GetProperty("tableIngestionParameters").GetProperty("refreshIntervalSeconds").GetInt32());
        Assert.Equal(24 * 3600, bq.GetProperty("tableIngestionParameters").GetProperty("queryWindowSizeSeconds").GetInt32());

        var sf = (await Client.SendAsync(Coordinates, new JsonObject { ["id"] = snowflake }.ToJsonString())).AssertData().GetProperty("node");
        Assert.Equal("table-name", sf.GetProperty("table").GetString());
        Assert.Equal(JsonValueKind.Null, sf.GetProperty("projectId").ValueKind);
        Assert.Equal(JsonValueKind.Null, sf.GetProperty("dataset").ValueKind);
    }

    [Fact]
    public async Task An_update_to_an_oversized_query_window_is_refused_and_the_job_keeps_working()
    {
        var (id, _) = await Jobs.CreateAsync(Client);
        const string Update = "mutation($id: ID!) { updateTableIngestionParameters(input: { jobId: $id, tableIngestionParameters: { queryWindowSizeHours: 18000000 } }) { tableImportJob { id } } }";

        var response = await Client.SendAsync(Update, new JsonObject { ["id"] = id }.ToJsonString());

        Assert.Equal("tableIngestionParameters.queryWindowSizeHours must be at most 87600, got 18000000", response.FirstError);
        Server.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(2, (await Jobs.GetAsync(Client, id)).GetProperty("queries").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData(18_000_000)]
    [InlineData(int.MaxValue)]
    public void Catch_up_treats_a_window_reaching_before_year_one_as_unbounded(int hours)
    {
        // Only a data file written before the bounds existed can hold such a job: JobStore.Create does not validate.
        var clock = new EmulatorClock(Start, followWallClock: false);
        using var store = new JobStore(clock, null);
        clock.Advanced += store.CatchUp;
        var job = store.Create("space_id", Definition(hours));

        clock.Advance(TimeSpan.FromHours(2));

        var queries = store.ListQueries(job.JobId, 10, null);
        Assert.Equal(2, queries.TotalCount);
        Assert.All(queries.Edges, e => Assert.Null(e.Node.WindowStartTimestamp));
        Assert.Equal(int.MaxValue, IngestionParameters.QueryWindowSizeSeconds(store.FindNode(job.JobId)!.TableIngestionParameters));
    }

    [Fact]
    public async Task A_data_file_holding_an_oversized_window_does_not_turn_every_request_into_a_500()
    {
        string id;
        using (var persistence = new SqliteJobPersistence(dataFile))
        using (var store = new JobStore(new EmulatorClock(Start, followWallClock: false), persistence))
        {
            id = store.Create("space_id", Definition(18_000_000)).Id;
        }

        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile, StartTime = Start.AddHours(3), FollowWallClock = true });
        using var client = new GraphQLTestClient(server.GraphQLEndpoint);

        var job = await Jobs.GetAsync(client, id);
        Assert.Equal(3, job.GetProperty("queries").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("queries").GetProperty("edges")[0].GetProperty("node").GetProperty("windowStartTimestamp").ValueKind);
        await Jobs.CreateAsync(client);
    }

    [Theory]
    [InlineData("--api-key", "k1", "--data-file", "f1")]
    [InlineData("--api-key=k1", "--data-file=f1")]
    [InlineData("--urls", "http://127.0.0.1:0", "--api-key=k1", "--data-file", "f1")]
    public void Both_option_forms_are_read_and_host_options_pass_through(params string[] args)
    {
        var options = new EmulatorOptions();

        var (hostArgs, error) = EmulatorCommandLine.Parse(args, options);

        Assert.Null(error);
        Assert.Equal("k1", options.ApiKey);
        Assert.Equal("f1", options.DataFile);
        Assert.Equal(args.Contains("--urls") ? ["--urls", "http://127.0.0.1:0"] : [], hostArgs);
    }

    [Theory]
    [InlineData("--urls=http://127.0.0.1:0")]
    [InlineData("--environment", "Development")]
    public void The_hosts_own_options_are_passed_through(params string[] args)
    {
        var (hostArgs, error) = EmulatorCommandLine.Parse(args, new EmulatorOptions());

        Assert.Null(error);
        Assert.Equal(args, hostArgs);
    }

    [Theory]
    [InlineData("Unknown option '--apikey'", "--apikey=k1")]
    [InlineData("Unknown option '--api_key'", "--api_key", "k1")]
    [InlineData("--api-key needs a value", "--api-key=")]
    [InlineData("--api-key needs a value", "--api-key")]
    [InlineData("--data-file needs a value", "--data-file", "--api-key=k")]
    public void An_unknown_option_or_a_missing_value_is_an_error(string expected, params string[] args)
    {
        var options = new EmulatorOptions();

        var (_, error) = EmulatorCommandLine.Parse(args, options);

        Assert.NotNull(error);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static TableImportJobDefinition Definition(int queryWindowSizeHours) => new()
    {
        ModelName = "m",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.BigQuery,
        BigQueryTableConfig = new() { ProjectId = "p", Dataset = "d", TableName = "t" },
        Schema = new() { PredictionId = "id", PredictionLabel = "label", Timestamp = "ts" },
        TableIngestionParameters = new() { RefreshIntervalMinutes = 60, QueryWindowSizeHours = queryWindowSizeHours },
    };
}
