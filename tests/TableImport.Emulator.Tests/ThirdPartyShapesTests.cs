using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

/// <summary>
/// The operation shapes a third-party client sends to Arize's live API (/work/shared/reference/arize-api-facts.md,
/// "Operation shapes a third-party client sends to the live API"), written out as documents with exactly the fields,
/// arguments and variable types listed there, and sent to the emulator as that client sends them to Arize. The shapes
/// that can have run (queries with their variables, create with $input) work in both pictures of the API; update and
/// delete, which cannot have run, work in known and are refused by proven.
/// </summary>
public abstract class ThirdPartyShapesTests : EmulatorTestBase
{
    protected const string Space = "space_id";

    /// <summary>Find one job by its job id.</summary>
    protected const string FindJob = """
        query findJob($spaceId: ID!, $jobId: String!) {
          node(id: $spaceId) {
            ... on Space {
              tableJobs(search: $jobId, first: 1) {
                edges { node { id jobId jobStatus modelName modelVersion schema { predictionId predictionLabel predictionScore actualLabel timestamp changeTimestamp features tags version } tableIngestionParameters { refreshIntervalSeconds queryWindowSizeSeconds } } }
              }
            }
          }
        }
        """;

    /// <summary>List, ten at a time, following pageInfo.</summary>
    protected const string ListJobs = """
        query listJobs($spaceId: ID!, $endCursor: String) {
          node(id: $spaceId) {
            ... on Space {
              tableJobs(first: 10, after: $endCursor) {
                pageInfo { hasNextPage endCursor }
                edges { node { id jobId modelName jobStatus } }
              }
            }
          }
        }
        """;

    /// <summary>Create.</summary>
    protected const string CreateJob = """
        mutation createJob($input: CreateTableImportJobInput!) {
          createTableImportJob(input: $input) {
            tableImportJob { id jobId jobStatus totalQueriesSuccessCount totalQueriesFailedCount totalQueriesPendingCount }
          }
        }
        """;

    /// <summary>Update status, model version, schema and ingestion parameters in one mutation, by job id.</summary>
    protected const string UpdateJob = """
        mutation updateJob($jobId: ID!, $jobStatus: JobStatus, $modelVersion: String, $modelSchema: TableImportSchemaInputType!, $refreshInterval: Int, $queryWindowSize: Int) {
          updateTableImportJob(input: { jobId: $jobId, jobStatus: $jobStatus, modelVersion: $modelVersion, schema: $modelSchema, tableIngestionParameters: { refreshIntervalMinutes: $refreshInterval, queryWindowSizeHours: $queryWindowSize } }) {
            tableImportJob { id jobId jobStatus }
          }
        }
        """;

    /// <summary>Delete, passing the job's global node id as <c>jobId</c>.</summary>
    protected const string DeleteJob = """
        mutation deleteJob($id: ID!) {
          deleteTableImportJob(input: { jobId: $id }) {
            tableImportJob { jobStatus }
          }
        }
        """;

    [Fact]
    public async Task Create_answers_the_ids_status_and_the_three_counters()
    {
        var data = (await Client.SendAsync(CreateJob, Jobs.Variables(Jobs.Input()))).AssertData();

        var job = data.GetProperty("createTableImportJob").GetProperty("tableImportJob");
        Assert.False(string.IsNullOrEmpty(job.GetProperty("id").GetString()));
        Assert.False(string.IsNullOrEmpty(job.GetProperty("jobId").GetString()));
        Assert.Equal("active", job.GetProperty("jobStatus").GetString());
        Assert.Equal(0, job.GetProperty("totalQueriesSuccessCount").GetInt32());
        Assert.Equal(0, job.GetProperty("totalQueriesFailedCount").GetInt32());
        Assert.Equal(0, job.GetProperty("totalQueriesPendingCount").GetInt32());
    }

    [Fact]
    public async Task Listing_by_pages_of_ten_returns_every_job_once()
    {
        var created = new List<string>();
        for (var i = 0; i < 23; i++)
        {
            created.Add((await CreateAsync($"model-{i:00}")).JobId);
        }

        var pages = new List<int>();
        var listed = new List<string>();
        string? endCursor = null;
        do
        {
            var variables = new JsonObject { ["spaceId"] = Space, ["endCursor"] = endCursor };
            var connection = (await Client.SendAsync(ListJobs, variables.ToJsonString())).AssertData().GetProperty("node").GetProperty("tableJobs");
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            pages.Add(edges.Count);
            listed.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("jobId").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            endCursor = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (endCursor is not null);

        Assert.Equal([10, 10, 3], pages);
        Assert.Equal(created, listed);
    }

    [Fact]
    public async Task Search_by_job_id_or_node_id_finds_that_job_among_others()
    {
        await CreateAsync("churn");
        var (id, jobId) = await CreateAsync("fraud");
        await CreateAsync("fraud-shadow");

        var byJobId = Assert.Single(await FindAsync(jobId));
        Assert.Equal(jobId, byJobId.GetProperty("jobId").GetString());
        Assert.Equal("fraud", byJobId.GetProperty("modelName").GetString());

        var byNodeId = Assert.Single(await FindAsync(id));
        Assert.Equal(jobId, byNodeId.GetProperty("jobId").GetString());
    }

    [Fact]
    public async Task Search_by_other_text_matches_model_names_containing_it_and_stays_in_the_space()
    {
        await CreateAsync("churn");
        await CreateAsync("Fraud-Detector");
        await CreateAsync("fraud", space: "another-space");
        var search = new JsonObject { ["spaceId"] = Space, ["search"] = "fraud" }.ToJsonString();
        const string all = """
            query($spaceId: ID!, $search: String) { node(id: $spaceId) { ... on Space { tableJobs(search: $search) { edges { node { modelName } } } } } }
            """;

        var names = (await Client.SendAsync(all, search)).AssertData().GetProperty("node").GetProperty("tableJobs").GetProperty("edges")
            .EnumerateArray().Select(e => e.GetProperty("node").GetProperty("modelName").GetString()).ToList();

        Assert.Equal(["Fraud-Detector"], names);
        Assert.Empty(await FindAsync("no-such-job"));
    }

    protected async Task<(string Id, string JobId)> CreateAsync(string modelName, string space = Space)
    {
        var data = (await Client.SendAsync(CreateJob, Jobs.Variables(Jobs.Input(space, modelName)))).AssertData();
        var job = data.GetProperty("createTableImportJob").GetProperty("tableImportJob");
        return (job.GetProperty("id").GetString()!, job.GetProperty("jobId").GetString()!);
    }

    protected async Task<List<JsonElement>> FindAsync(string jobId)
    {
        var variables = new JsonObject { ["spaceId"] = Space, ["jobId"] = jobId }.ToJsonString();
        var edges = (await Client.SendAsync(FindJob, variables)).AssertData().GetProperty("node").GetProperty("tableJobs").GetProperty("edges");
        return edges.EnumerateArray().Select(e => e.GetProperty("node").Clone()).ToList();
    }
}

/// <summary>The third-party shapes on the known picture, which takes the update's and the delete's too.</summary>
public sealed class ThirdPartyShapesOnKnownTests : ThirdPartyShapesTests
{
    [Fact]
    public async Task Update_changes_status_model_version_schema_and_parameters_in_place()
    {
        var (_, jobId) = await CreateAsync("fraud");
        var current = Assert.Single(await FindAsync(jobId));
        // As the third-party client does: the job's current schema with the changed fields laid over it.
        var schema = JsonNode.Parse(current.GetProperty("schema").GetRawText())!.AsObject();
        foreach (var field in schema.Where(f => f.Value is null).Select(f => f.Key).ToList())
        {
            schema.Remove(field);
        }

        schema["predictionScore"] = "prediction_score";
        var variables = new JsonObject
        {
            ["jobId"] = jobId,
            ["jobStatus"] = "inactive",
            ["modelVersion"] = "v2",
            ["modelSchema"] = schema,
            ["refreshInterval"] = 15,
            ["queryWindowSize"] = 6,
        };

        var answered = (await Client.SendAsync(UpdateJob, variables.ToJsonString())).AssertData().GetProperty("updateTableImportJob").GetProperty("tableImportJob");
        Assert.Equal(jobId, answered.GetProperty("jobId").GetString());
        Assert.Equal("inactive", answered.GetProperty("jobStatus").GetString());

        var job = Assert.Single(await FindAsync(jobId));
        Assert.Equal("inactive", job.GetProperty("jobStatus").GetString());
        Assert.Equal("v2", job.GetProperty("modelVersion").GetString());
        Assert.Equal("prediction_score", job.GetProperty("schema").GetProperty("predictionScore").GetString());
        Assert.Equal("prediction", job.GetProperty("schema").GetProperty("predictionLabel").GetString());
        Assert.Equal(15 * 60, job.GetProperty("tableIngestionParameters").GetProperty("refreshIntervalSeconds").GetInt32());
        Assert.Equal(6 * 3600, job.GetProperty("tableIngestionParameters").GetProperty("queryWindowSizeSeconds").GetInt32());
    }

    [Fact]
    public async Task Update_to_active_resumes_a_paused_job_and_its_schedule()
    {
        var (_, jobId) = await CreateAsync("fraud");
        var schema = JsonNode.Parse(Assert.Single(await FindAsync(jobId)).GetProperty("schema").GetRawText())!.AsObject();
        foreach (var field in schema.Where(f => f.Value is null).Select(f => f.Key).ToList())
        {
            schema.Remove(field);
        }

        JsonObject Variables(string status) => new() { ["jobId"] = jobId, ["jobStatus"] = status, ["modelSchema"] = schema.DeepClone() };
        (await Client.SendAsync(UpdateJob, Variables("inactive").ToJsonString())).AssertData();
        Server.Clock.Advance(TimeSpan.FromMinutes(150));
        (await Client.SendAsync(UpdateJob, Variables("active").ToJsonString())).AssertData();
        Server.Clock.Advance(TimeSpan.FromMinutes(61));

        var job = await Jobs.GetAsync(Client, Assert.Single(await FindAsync(jobId)).GetProperty("id").GetString()!);
        Assert.Equal("active", job.GetProperty("jobStatus").GetString());
        // Paused for 150 minutes, nothing ran; one hour after resuming, one query did.
        Assert.Equal(1, job.GetProperty("totalQueriesSuccessCount").GetInt32());
    }

    [Fact]
    public async Task Delete_by_node_id_answers_deleted()
    {
        var (id, jobId) = await CreateAsync("fraud");

        var data = (await Client.SendAsync(DeleteJob, new JsonObject { ["id"] = id }.ToJsonString())).AssertData();

        Assert.Equal("deleted", data.GetProperty("deleteTableImportJob").GetProperty("tableImportJob").GetProperty("jobStatus").GetString());
        Assert.Equal("deleted", Assert.Single(await FindAsync(jobId)).GetProperty("jobStatus").GetString());
    }
}

/// <summary>The third-party shapes on the proven picture: the two that cannot have run are refused, naming what it lacks.</summary>
public sealed class ThirdPartyShapesOnProvenTests : ThirdPartyShapesTests
{
    protected override EmulatorOptions Options => new() { StartTime = Start, GraphQLSchema = EmulatorGraphQLSchema.Proven };

    [Fact]
    public async Task Update_is_refused_naming_the_status_and_the_model_version_and_changes_nothing()
    {
        var (_, jobId) = await CreateAsync("fraud");
        var variables = new JsonObject
        {
            ["jobId"] = jobId, ["jobStatus"] = "inactive", ["modelVersion"] = "v2", ["modelSchema"] = Jobs.Input()["schema"]!.DeepClone(),
        };

        var response = await Client.SendAsync(UpdateJob, variables.ToJsonString());

        Assert.Equal("Argument 'input' has invalid value. In field 'jobStatus': Unknown field. In field 'modelVersion': Unknown field.", response.FirstError);
        var job = Assert.Single(await FindAsync(jobId));
        Assert.Equal("active", job.GetProperty("jobStatus").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("modelVersion").ValueKind);
    }

    [Fact]
    public async Task Delete_by_node_id_is_no_such_job_and_deletes_nothing()
    {
        var (id, jobId) = await CreateAsync("fraud");

        var response = await Client.SendAsync(DeleteJob, new JsonObject { ["id"] = id }.ToJsonString());

        Assert.Equal($"No table import job has the id '{id}'.", response.FirstError);
        Assert.Equal("NOT_FOUND", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("active", Assert.Single(await FindAsync(jobId)).GetProperty("jobStatus").GetString());
    }
}
