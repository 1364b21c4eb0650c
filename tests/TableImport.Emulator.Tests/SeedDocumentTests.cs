using System.Text.Json;

namespace TableImport.Emulator.Tests;

/// <summary>
/// Every document of the seed, sent verbatim, answers data of the documented shape, in both pictures of the API (the
/// seed's documents are what proven is made of). Documents that name a job by a placeholder ("ID", "job_id",
/// "&lt;ID from above query&gt;") are sent twice: verbatim, which must answer a clear "no such job" error, and with only
/// that placeholder string replaced by a real job id.
/// </summary>
public abstract class SeedDocumentTests : EmulatorTestBase
{
    /// <summary>
    /// The id a mutation is sent where the tests below could send either: the known picture takes a job's node id
    /// there too, and is sent it; the proven one only its jobId, which the seed says to use.
    /// </summary>
    protected abstract string MutationId(string id, string jobId);

    [Fact]
    public async Task Dry_run_with_variables_passes_and_creates_nothing()
    {
        var data = (await Client.SendAsync(SeedDocuments.DryRunWithVariables, SeedDocuments.DryRunVariables)).AssertData();

        var result = data.GetProperty("createTableImportJob").GetProperty("validationResult");
        Assert.Equal("Passed", result.GetProperty("validationStatus").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
        Assert.Equal(0, await JobCount("space_id"));
    }

    [Fact]
    public async Task Dry_run_inline_passes_and_creates_nothing()
    {
        var data = (await Client.SendAsync(SeedDocuments.DryRunInline)).AssertData();

        Assert.Equal("Passed", data.GetProperty("createTableImportJob").GetProperty("validationResult").GetProperty("validationStatus").GetString());
        Assert.Equal(0, await JobCount("space_id"));
    }

    [Fact]
    public async Task Create_with_variables_returns_the_new_job_id()
    {
        var data = (await Client.SendAsync(SeedDocuments.CreateWithVariables, SeedDocuments.CreateVariables)).AssertData();

        var id = data.GetProperty("createTableImportJob").GetProperty("tableImportJob").GetProperty("id").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.Equal(1, await JobCount("space_id"));
    }

    [Fact]
    public async Task Create_inline_returns_the_new_job_id()
    {
        var data = (await Client.SendAsync(SeedDocuments.CreateInline)).AssertData();

        var id = data.GetProperty("createTableImportJob").GetProperty("tableImportJob").GetProperty("id").GetString()!;
        var job = await Jobs.GetAsync(Client, id);
        Assert.Equal("My Test Model", job.GetProperty("modelName").GetString());
        Assert.Equal("score_categorical", job.GetProperty("modelType").GetString());
        Assert.Equal("partition_timestamp", job.GetProperty("schema").GetProperty("changeTimestamp").GetString());
        Assert.Equal("test-project-id", job.GetProperty("bigQueryTableConfig").GetProperty("projectId").GetString());
    }

    [Fact]
    public async Task Querying_for_import_jobs_lists_the_space_jobs()
    {
        var (id, _) = await Jobs.CreateAsync(Client);

        var data = (await Client.SendAsync(SeedDocuments.ListSpaceJobs)).AssertData();

        var node = Assert.Single(data.GetProperty("node").GetProperty("tableJobs").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal("My Test Model", node.GetProperty("modelName").GetString());
        Assert.Equal("active", node.GetProperty("jobStatus").GetString());
        Assert.Equal(0, node.GetProperty("totalQueriesFailedCount").GetInt32());
        Assert.Equal(0, node.GetProperty("totalQueriesSuccessCount").GetInt32());
    }

    [Fact]
    public async Task Job_queries_document_answers_total_count_and_query_nodes()
    {
        var (id, _) = await Jobs.CreateAsync(Client);
        Server.Clock.Advance(TimeSpan.FromMinutes(150)); // default refresh interval 60 minutes: two queries

        // Verbatim, "ID" is no job: node(id:) answers it as a space id, so the TableImportJob fragment selects nothing.
        var verbatim = (await Client.SendAsync(SeedDocuments.ListJobQueries)).AssertData();
        Assert.Equal(JsonValueKind.Object, verbatim.GetProperty("node").ValueKind);
        Assert.False(verbatim.GetProperty("node").TryGetProperty("queries", out _));

        var data = (await Client.SendAsync(WithId(SeedDocuments.ListJobQueries, "\"ID\"", id))).AssertData();
        var queries = data.GetProperty("node").GetProperty("queries");
        Assert.Equal(2, queries.GetProperty("totalCount").GetInt32());
        var first = queries.GetProperty("edges")[0].GetProperty("node");
        Assert.False(string.IsNullOrEmpty(first.GetProperty("queryId").GetString()));
        Assert.Equal("2024-08-20T01:00:00Z", first.GetProperty("createdAt").GetString());
        Assert.True(first.GetProperty("recordsProcessedCount").GetInt32() > 0);
        Assert.Equal("2024-08-19T01:00:00Z", first.GetProperty("windowStartTimestamp").GetString());
        Assert.Equal("2024-08-20T01:00:00Z", first.GetProperty("windowEndTimestamp").GetString());
    }

    [Fact]
    public async Task Pause_resume_and_delete_documents_answer_the_job_status()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);

        await AssertUnknownJob(SeedDocuments.PauseJob, "ID");
        await AssertUnknownJob(SeedDocuments.StartJob, "ID");
        await AssertUnknownJob(SeedDocuments.DeleteJob, "ID");

        var paused = (await Client.SendAsync(WithId(SeedDocuments.PauseJob, "\"ID\"", jobId))).AssertData();
        Assert.Equal("inactive", paused.GetProperty("pauseTableImportJob").GetProperty("tableImportJob").GetProperty("jobStatus").GetString());

        var started = (await Client.SendAsync(WithId(SeedDocuments.StartJob, "\"ID\"", jobId))).AssertData();
        Assert.Equal("active", started.GetProperty("startTableImportJob").GetProperty("tableImportJob").GetProperty("jobStatus").GetString());

        var deleted = (await Client.SendAsync(WithId(SeedDocuments.DeleteJob, "\"ID\"", MutationId(id, jobId)))).AssertData();
        Assert.Equal("deleted", deleted.GetProperty("deleteTableImportJob").GetProperty("tableImportJob").GetProperty("jobStatus").GetString());
    }

    [Fact]
    public async Task Event_based_steps_create_query_and_trigger()
    {
        var created = (await Client.SendAsync(SeedDocuments.CreateEventBasedJob)).AssertData().GetProperty("createTriggeredOngoingTableImportJob");
        Assert.Equal("Passed", created.GetProperty("validationResult").GetProperty("validationStatus").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("validationResult").GetProperty("error").ValueKind);
        Assert.Equal("active", created.GetProperty("tableImportJob").GetProperty("jobStatus").GetString());
        Assert.Equal("space_id", created.GetProperty("space").GetProperty("id").GetString());
        var createdJobId = created.GetProperty("tableImportJob").GetProperty("jobId").GetString();

        // Step 2 queries the space "spaceId" literally; make the created job's space that one for the step to list it.
        var stepTwo = (await Client.SendAsync(SeedDocuments.QueryTableJobId)).AssertData();
        Assert.Equal(0, stepTwo.GetProperty("node").GetProperty("tableJobs").GetProperty("edges").GetArrayLength());
        await Client.SendAsync(SeedDocuments.CreateEventBasedJob.Replace("\"space_id\"", "\"spaceId\"", StringComparison.Ordinal));
        var edge = Assert.Single((await Client.SendAsync(SeedDocuments.QueryTableJobId)).AssertData()
            .GetProperty("node").GetProperty("tableJobs").GetProperty("edges").EnumerateArray()).GetProperty("node");
        var id = edge.GetProperty("id").GetString()!;
        var jobId = edge.GetProperty("jobId").GetString()!;
        Assert.NotEqual(createdJobId, jobId);

        await AssertUnknownJob(SeedDocuments.TriggerTableRun, "<ID from above query>");
        var triggered = (await Client.SendAsync(WithId(SeedDocuments.TriggerTableRun, "\"<ID from above query>\"", MutationId(id, jobId)))).AssertData();
        Assert.True(triggered.GetProperty("createTriggeredOngoingTableRun").TryGetProperty("clientMutationId", out _));

        var queries = (await Jobs.GetAsync(Client, id)).GetProperty("queries");
        var query = Assert.Single(queries.GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal("2024-08-20T01:00:00Z", query.GetProperty("windowStartTimestamp").GetString());
        Assert.Equal("2024-08-20T23:00:00Z", query.GetProperty("windowEndTimestamp").GetString());
    }

    [Fact]
    public async Task Update_ingestion_parameters_document_changes_the_job()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);

        await AssertUnknownJob(SeedDocuments.UpdateIngestionParameters, "job_id");
        var data = (await Client.SendAsync(WithId(SeedDocuments.UpdateIngestionParameters, "\"job_id\"", jobId))).AssertData();

        Assert.Equal(id, data.GetProperty("updateTableIngestionParameters").GetProperty("tableImportJob").GetProperty("id").GetString());
        var parameters = (await Jobs.GetAsync(Client, id)).GetProperty("tableIngestionParameters");
        Assert.Equal(50000, parameters.GetProperty("rowLimit").GetInt32());
        Assert.Equal(60, parameters.GetProperty("refreshIntervalMinutes").GetInt32());
        Assert.Equal(24, parameters.GetProperty("queryWindowSizeHours").GetInt32());
        Assert.Equal(3600, parameters.GetProperty("refreshIntervalSeconds").GetInt32());
        Assert.Equal(86400, parameters.GetProperty("queryWindowSizeSeconds").GetInt32());
    }

    [Fact]
    public async Task Update_table_import_job_document_with_variables_changes_schema_and_parameters()
    {
        var (id, jobId) = await Jobs.CreateAsync(Client);
        const string Variables = """
            {
              "jobId": "JOB",
              "schema": { "predictionId": "pid", "predictionLabel": "label", "actualLabel": "truth", "featuresList": ["age", "income"], "changeTimestamp": "changed_at" },
              "tableIngestionParameters": { "rowLimit": 10, "refreshIntervalMinutes": 15, "queryWindowSizeHours": 0 }
            }
            """;

        var data = (await Client.SendAsync(SeedDocuments.UpdateJobWithVariables, Variables.Replace("JOB", jobId, StringComparison.Ordinal))).AssertData();

        Assert.Equal(id, data.GetProperty("updateTableImportJob").GetProperty("tableImportJob").GetProperty("id").GetString());
        var job = await Jobs.GetAsync(Client, id);
        Assert.Equal("pid", job.GetProperty("schema").GetProperty("predictionId").GetString());
        Assert.Equal(["age", "income"], job.GetProperty("schema").GetProperty("featuresList").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("schema").GetProperty("features").ValueKind);
        Assert.Equal(10, job.GetProperty("tableIngestionParameters").GetProperty("rowLimit").GetInt32());
        Assert.Equal(15, job.GetProperty("tableIngestionParameters").GetProperty("refreshIntervalMinutes").GetInt32());
        Assert.Equal(0, job.GetProperty("tableIngestionParameters").GetProperty("queryWindowSizeHours").GetInt32());
    }

    private static string WithId(string document, string placeholderLiteral, string id)
    {
        Assert.Contains(placeholderLiteral, document, StringComparison.Ordinal);
        return document.Replace(placeholderLiteral, "\"" + id + "\"", StringComparison.Ordinal);
    }

    private async Task AssertUnknownJob(string document, string placeholder)
    {
        var response = await Client.SendAsync(document);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        Assert.True(response.HasErrors, response.Body);
        Assert.Equal($"No table import job has the id '{placeholder}'.", response.FirstError);
    }

    private async Task<int> JobCount(string spaceId) =>
        (await Jobs.ListAllIdsAsync(Client, spaceId, 100)).Count;
}

/// <summary>The seed's documents on the known picture, the default.</summary>
public sealed class SeedDocumentsOnKnownTests : SeedDocumentTests
{
    protected override string MutationId(string id, string jobId) => id;
}

/// <summary>The seed's documents on the proven picture.</summary>
public sealed class SeedDocumentsOnProvenTests : SeedDocumentTests
{
    protected override EmulatorOptions Options => new() { StartTime = Start, GraphQLSchema = EmulatorGraphQLSchema.Proven };

    protected override string MutationId(string id, string jobId) => jobId;
}
