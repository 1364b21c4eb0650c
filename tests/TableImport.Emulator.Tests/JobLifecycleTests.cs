using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

public sealed class JobLifecycleTests : EmulatorTestBase
{
    private const string Pause = "mutation($id: ID!) { pauseTableImportJob(input: { jobId: $id }) { tableImportJob { jobStatus } } }";
    private const string Resume = "mutation($id: ID!) { startTableImportJob(input: { jobId: $id }) { tableImportJob { jobStatus } } }";
    private const string Delete = "mutation($id: ID!) { deleteTableImportJob(input: { jobId: $id }) { tableImportJob { jobStatus } } }";

    [Fact]
    public async Task Pause_start_delete_move_the_status_and_a_deleted_job_cannot_start()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);

        Assert.Equal("inactive", await Status(Pause, "pauseTableImportJob", jobId));
        Assert.Equal("inactive", (await Jobs.GetAsync(Client, id)).GetProperty("jobStatus").GetString());
        Assert.Equal("active", await Status(Resume, "startTableImportJob", id)); // the node id works as a job id too
        Assert.Equal("deleted", await Status(Delete, "deleteTableImportJob", jobId));
        Assert.Equal("deleted", (await Jobs.GetAsync(Client, id)).GetProperty("jobStatus").GetString());

        var restart = await Client.SendAsync(Resume, Vars(jobId));
        Assert.True(restart.HasErrors);
        Assert.Contains("is deleted", restart.FirstError, StringComparison.Ordinal);
        Assert.Equal("deleted", (await Jobs.GetAsync(Client, id)).GetProperty("jobStatus").GetString());
    }

    [Fact]
    public async Task Unknown_job_id_is_a_top_level_error_naming_the_id()
    {
        var response = await Client.SendAsync(Pause, Vars("no-such-job"));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.Equal("No table import job has the id 'no-such-job'.", response.FirstError);
        Assert.Equal("NOT_FOUND", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Updated_parameters_and_schema_show_on_the_next_query()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);
        const string UpdateParameters = "mutation($id: ID!) { updateTableIngestionParameters(input: { jobId: $id, tableIngestionParameters: { rowLimit: 7 } }) { tableImportJob { tableIngestionParameters { rowLimit refreshIntervalMinutes } } } }";
        const string UpdateSchema = "mutation($id: ID!, $schema: TableImportSchemaInputType!) { updateTableImportJob(input: { jobId: $id, schema: $schema }) { tableImportJob { schema { actualLabel } } } }";

        var updated = (await Client.SendAsync(UpdateParameters, Vars(jobId))).AssertData();
        Assert.Equal(7, updated.GetProperty("updateTableIngestionParameters").GetProperty("tableImportJob").GetProperty("tableIngestionParameters").GetProperty("rowLimit").GetInt32());

        var schema = Jobs.Input()["schema"]!.AsObject();
        schema["actualLabel"] = "new_actual";
        (await Client.SendAsync(UpdateSchema, new JsonObject { ["id"] = jobId, ["schema"] = schema.DeepClone() }.ToJsonString())).AssertData();

        var job = await Jobs.GetAsync(Client, id);
        Assert.Equal(7, job.GetProperty("tableIngestionParameters").GetProperty("rowLimit").GetInt32());
        Assert.Equal(60, job.GetProperty("tableIngestionParameters").GetProperty("refreshIntervalMinutes").GetInt32()); // untouched
        Assert.Equal("new_actual", job.GetProperty("schema").GetProperty("actualLabel").GetString());
    }

    [Fact]
    public async Task An_update_that_breaks_a_rule_is_an_error_and_changes_nothing()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);
        const string Update = "mutation($id: ID!) { updateTableIngestionParameters(input: { jobId: $id, tableIngestionParameters: { refreshIntervalMinutes: 0 } }) { tableImportJob { id } } }";

        var response = await Client.SendAsync(Update, Vars(jobId));

        Assert.Equal("TI0017: RefreshIntervalMinutes = 0 (tableIngestionParameters.refreshIntervalMinutes) of job 'My Test Model' is out of range; it must be at least 1.", response.FirstError);
        Assert.Equal("TI0017", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(60, (await Jobs.GetAsync(Client, id)).GetProperty("tableIngestionParameters").GetProperty("refreshIntervalMinutes").GetInt32());
    }

    [Fact]
    public async Task A_new_schema_is_judged_by_the_rule_engine_and_a_broken_one_changes_nothing()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);
        const string UpdateSchema = "mutation($id: ID!, $schema: TableImportSchemaInputType!) { updateTableImportJob(input: { jobId: $id, schema: $schema }) { tableImportJob { id } } }";
        var schema = Jobs.Input()["schema"]!.AsObject();
        schema.Remove("changeTimestamp");

        var response = await Client.SendAsync(UpdateSchema, new JsonObject { ["id"] = jobId, ["schema"] = schema.DeepClone() }.ToJsonString());

        Assert.StartsWith("TI0004: Job 'My Test Model' maps no change timestamp", response.FirstError, StringComparison.Ordinal);
        Assert.Equal("TI0004", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("partition_timestamp", (await Jobs.GetAsync(Client, id)).GetProperty("schema").GetProperty("changeTimestamp").GetString());
    }

    [Fact]
    public async Task Ongoing_active_jobs_record_one_query_per_refresh_interval_and_paused_ones_none()
    {
        var (running, _) = await Jobs.CreateAsync(Client, Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["refreshIntervalMinutes"] = 30 }));
        var (paused, pausedJobId) = await Jobs.CreateAsync(Client);
        var (eventBased, _) = await Jobs.CreateEventBasedAsync(Client);
        (await Client.SendAsync(Pause, Vars(pausedJobId))).AssertData();

        Server.Clock.Advance(TimeSpan.FromHours(2));

        var job = await Jobs.GetAsync(Client, running);
        Assert.Equal(4, job.GetProperty("queries").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, job.GetProperty("totalQueriesSuccessCount").GetInt32());
        Assert.Equal(
            ["2024-08-20T00:30:00Z", "2024-08-20T01:00:00Z", "2024-08-20T01:30:00Z", "2024-08-20T02:00:00Z"],
            job.GetProperty("queries").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("createdAt").GetString()!).ToArray());
        Assert.Equal(0, (await Jobs.GetAsync(Client, paused)).GetProperty("queries").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await Jobs.GetAsync(Client, eventBased)).GetProperty("queries").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Triggered_run_records_a_query_for_its_window()
    {
        var (id, jobId) = await Jobs.CreateEventBasedAsync(Client);
        const string Trigger = """
            mutation($id: ID!) {
              createTriggeredOngoingTableRun(input: { jobId: $id, queryStart: "2024-08-20T01:00:00Z", queryEnd: "2024-08-20T23:00:00Z", clientMutationId: "c1" }) {
                clientMutationId
                tableImportJob { totalQueriesSuccessCount }
                query { queryId windowStartTimestamp windowEndTimestamp recordsProcessedCount }
              }
            }
            """;

        var payload = (await Client.SendAsync(Trigger, Vars(jobId))).AssertData().GetProperty("createTriggeredOngoingTableRun");

        Assert.Equal("c1", payload.GetProperty("clientMutationId").GetString());
        Assert.Equal(1, payload.GetProperty("tableImportJob").GetProperty("totalQueriesSuccessCount").GetInt32());
        Assert.Equal("2024-08-20T01:00:00Z", payload.GetProperty("query").GetProperty("windowStartTimestamp").GetString());
        var history = (await Jobs.GetAsync(Client, id)).GetProperty("queries");
        Assert.Equal(payload.GetProperty("query").GetProperty("queryId").GetString(),
            Assert.Single(history.GetProperty("edges").EnumerateArray()).GetProperty("node").GetProperty("queryId").GetString());
    }

    [Fact]
    public async Task Node_resolves_any_space_id_and_a_job_by_its_node_id()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);
        const string Node = "query($id: ID!) { node(id: $id) { __typename id ... on Space { name } ... on TableImportJob { jobId } } }";

        var space = (await Client.SendAsync(Node, Vars("never-seen-space"))).AssertData().GetProperty("node");
        Assert.Equal("Space", space.GetProperty("__typename").GetString());
        Assert.Equal("never-seen-space", space.GetProperty("id").GetString());

        var job = (await Client.SendAsync(Node, Vars(id))).AssertData().GetProperty("node");
        Assert.Equal("TableImportJob", job.GetProperty("__typename").GetString());
        Assert.Equal(jobId, job.GetProperty("jobId").GetString());
    }

    private static string Vars(string id) => new JsonObject { ["id"] = id }.ToJsonString();

    private async Task<string?> Status(string document, string field, string id) =>
        (await Client.SendAsync(document, Vars(id))).AssertData().GetProperty(field).GetProperty("tableImportJob").GetProperty("jobStatus").GetString();
}
