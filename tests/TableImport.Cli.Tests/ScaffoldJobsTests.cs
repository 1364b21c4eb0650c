using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TableImport.Cli.Tests.Infrastructure;
using TableImport.Emulator;

namespace TableImport.Cli.Tests;

/// <summary>
/// <c>tableimport scaffold jobs</c> round trip: seven jobs made over plain GraphQL (no client of ours) in an in-process
/// emulator, scaffolded by the tool, built in a real project with warnings as errors (so no TI diagnostic), then
/// <c>plan</c> against the same space says nothing would change and <c>apply</c> finds every job unchanged.
/// </summary>
public sealed class ScaffoldJobsTests(Xunit.Abstractions.ITestOutputHelper log) : IAsyncLifetime
{
    private const string Create = """
        mutation ($input: CreateTableImportJobInput!) {
          createTableImportJob(input: $input) { tableImportJob { jobId } validationResult { validationStatus error { message } } }
        }
        """;

    private const string CreateTriggered = """
        mutation ($input: CreateTriggeredOngoingTableImportJobInput!) {
          createTriggeredOngoingTableImportJob(input: $input) { tableImportJob { jobId } validationResult { validationStatus error { message } } }
        }
        """;

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task Seven_jobs_made_over_GraphQL_scaffold_build_cleanly_plan_nothing_and_register_unchanged()
    {
        var space = "adopt-" + Guid.NewGuid().ToString("N")[..8];
        var ids = new Dictionary<string, string>();
        foreach (var (model, input) in SpaceJobs())
        {
            ids[model] = await CreateOverGraphQLAsync(model == "card-alerts" ? CreateTriggered : Create, input, space);
        }

        using var project = ScaffoldedProject.Create("AdoptedSpace");
        var endpoint = new[] { "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space };
        var scaffold = await CommandTests.RunAsync(["scaffold", "jobs", "--output", project.Sources, "--namespace", "Adopted.Jobs", "--event-based", ids["card-alerts"], .. endpoint]);
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        Assert.Equal(7, Directory.GetFiles(project.Sources, "*.cs").Length);
        Assert.Contains("Scaffolded 7 of the 7 jobs", scaffold.Output, StringComparison.Ordinal);
        var triggered = File.ReadAllText(Path.Combine(project.Sources, "CardAlerts.cs"));
        Assert.Contains("EventBased = true", triggered, StringComparison.Ordinal);
        Assert.Contains("[SnowflakeTable(\"<account>\", \"<database>\", \"<schema>\", \"ALERTS\")]", triggered, StringComparison.Ordinal);
        var fraud = File.ReadAllText(Path.Combine(project.Sources, "CardFraud.cs"));
        Assert.Contains("[ColumnName(\"Transaction ID\")]", fraud, StringComparison.Ordinal);
        Assert.Contains("RowLimit = N", fraud, StringComparison.Ordinal);

        log.WriteLine(scaffold.Output);
        foreach (var file in Directory.GetFiles(project.Sources).Order(StringComparer.Ordinal))
        {
            log.WriteLine("==== " + Path.GetFileName(file) + "\n" + File.ReadAllText(file));
        }

        project.Build();

        var plan = await CommandTests.RunAsync(["plan", "--assembly", project.Assembly, .. endpoint]);
        log.WriteLine(plan.Output);
        Assert.True(plan.ExitCode == 0, plan.ToString() + "\n" + string.Join("\n----\n", Directory.GetFiles(project.Sources).Select(File.ReadAllText)));
        Assert.Contains("Plan: 0 to create, 0 to update, 7 unchanged, 0 cannot change, 0 invalid", plan.Output, StringComparison.Ordinal);

        var validate = await CommandTests.RunAsync(["validate", "--assembly", project.Assembly]);
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Contains("7 jobs in AdoptedSpace.dll: 0 errors, 0 warnings", validate.Output, StringComparison.Ordinal);

        // Start-up registration, as the app's hosted service runs it: every job is the space's own, unchanged.
        var creates = emulator.RequestCounts.Get("createTableImportJob") + emulator.RequestCounts.Get("createTriggeredOngoingTableImportJob");
        var apply = await CommandTests.RunAsync(["apply", "--assembly", project.Assembly, .. endpoint]);
        log.WriteLine(apply.Output);
        Assert.True(apply.ExitCode == 0, apply.ToString());
        Assert.Contains("Table import registration: 0 created, 0 updated, 7 unchanged, 0 failed", apply.Output, StringComparison.Ordinal);
        Assert.Equal(creates, emulator.RequestCounts.Get("createTableImportJob") + emulator.RequestCounts.Get("createTriggeredOngoingTableImportJob"));
    }

    [Fact]
    public async Task Named_jobs_only_and_no_file_is_overwritten_without_force()
    {
        var space = "adopt-" + Guid.NewGuid().ToString("N")[..8];
        var jobs = SpaceJobs().ToList();
        var first = await CreateOverGraphQLAsync(Create, jobs[0].Input, space);
        await CreateOverGraphQLAsync(Create, jobs[2].Input, space);
        var folder = Directory.CreateTempSubdirectory("tableimport-scaffold-files-").FullName;
        try
        {
            string[] args = ["scaffold", "jobs", "--output", folder, "--job", first, "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space];
            var once = await CommandTests.RunAsync(args);
            Assert.True(once.ExitCode == 0, once.ToString());
            Assert.Equal(["CardFraud.cs"], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Contains("namespace Jobs", File.ReadAllText(Path.Combine(folder, "CardFraud.cs")), StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder, "CardFraud.cs"), "// the user's own edits");
            var again = await CommandTests.RunAsync(args);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("exists already (--force overwrites)", again.Error, StringComparison.Ordinal);
            Assert.Equal("// the user's own edits", File.ReadAllText(Path.Combine(folder, "CardFraud.cs")));

            var forced = await CommandTests.RunAsync([.. args, "--force"]);
            Assert.True(forced.ExitCode == 0, forced.ToString());
            Assert.Contains("[TableImportJob(\"card-fraud\"", File.ReadAllText(Path.Combine(folder, "CardFraud.cs")), StringComparison.Ordinal);

            var unknown = await CommandTests.RunAsync(["scaffold", "jobs", "--output", folder, "--job", "no-such-job", "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space]);
            Assert.Equal(1, unknown.ExitCode);
            Assert.Contains("has no job no-such-job", unknown.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_deleted_job_and_a_younger_duplicate_are_skipped_saying_why()
    {
        var space = "adopt-" + Guid.NewGuid().ToString("N")[..8];
        var jobs = SpaceJobs().ToList();
        var older = await CreateOverGraphQLAsync(Create, jobs[3].Input, space);
        var younger = await CreateOverGraphQLAsync(Create, SpaceJobs().ToList()[3].Input, space);
        var deleted = await CreateOverGraphQLAsync(Create, jobs[0].Input, space);
        var endpoint = new[] { "--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space };
        Assert.Equal(0, (await CommandTests.RunAsync(["jobs", "delete", deleted, "--yes", .. endpoint])).ExitCode);
        var folder = Directory.CreateTempSubdirectory("tableimport-scaffold-files-").FullName;
        try
        {
            var result = await CommandTests.RunAsync(["scaffold", "jobs", "--output", folder, .. endpoint]);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains($"skipped job {deleted} ('card-fraud'): it is deleted", result.Output, StringComparison.Ordinal);
            Assert.Contains($"skipped job {younger} ('ticket-routing'): registration takes it for job {older}", result.Output, StringComparison.Ordinal);
            Assert.Equal(["TicketRouting.cs"], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Contains($"from job {older} of space", File.ReadAllText(Path.Combine(folder, "TicketRouting.cs")), StringComparison.Ordinal);

            var wrongStore = await CommandTests.RunAsync(["scaffold", "jobs", "--output", folder, "--force", "--event-based", older, .. endpoint]);
            Assert.Equal(1, wrongStore.ExitCode);
            Assert.Contains("only Snowflake jobs are event based", wrongStore.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<string> CreateOverGraphQLAsync(string document, JsonObject input, string space)
    {
        input["spaceId"] = space;
        using var http = new HttpClient();
        using var response = await http.PostAsJsonAsync(emulator.GraphQLEndpoint, new JsonObject { ["query"] = document, ["variables"] = new JsonObject { ["input"] = input.DeepClone() } });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").EnumerateObject().Single().Value;
        Assert.True(payload.GetProperty("validationResult").GetProperty("validationStatus").GetString() == "Passed", payload.ToString());
        return payload.GetProperty("tableImportJob").GetProperty("jobId").GetString()!;
    }

    // Every model type, the three stores, prefixes and lists, column names no naming policy gives, a batch id, embeddings,
    // object detection and an event-based Snowflake job, as another tool (or a person with curl) would send them.
    private static IEnumerable<(string Model, JsonObject Input)> SpaceJobs()
    {
        yield return ("card-fraud", Input("card-fraud", "score_categorical", "production", Bq("scored_transactions"), """
            { "predictionId": "Transaction ID", "timestamp": "scored_at", "changeTimestamp": "updated_at", "predictionLabel": "verdict",
              "predictionScore": "score (raw)", "actualLabel": "confirmed_verdict", "version": "model_version", "features": "feature_",
              "tagsList": ["tag_region", "tag_channel"], "shapValues": "shap_" }
            """, version: "v7", parameters: """{ "rowLimit": 5000, "refreshIntervalMinutes": 30, "queryWindowSizeHours": 12 }"""));
        yield return ("delivery-eta", Input("delivery-eta", "numeric", "validation", Snowflake("DELIVERIES"), """
            { "predictionId": "ORDER_ID", "timestamp": "PREDICTED_AT", "changeTimestamp": "CHANGED_AT", "predictionScore": "ETA_MINUTES",
              "actualScore": "ACTUAL_MINUTES", "featuresList": ["DISTANCE_KM", "COURIER_LOAD"], "tags": "TAG_", "batchId": "BATCH" }
            """, batchId: "2026-12"));
        yield return ("search-ranking", Input("search-ranking", "ranking", "training", Databricks("impressions"), """
            { "predictionId": "impression_id", "timestamp": "shown_at", "changeTimestamp": "changed_at", "predictionGroupId": "query_id",
              "rank": "position", "relevanceScore": "relevance", "relevanceLabel": "clicked", "predictionScore": "score", "featuresList": ["f_price"] }
            """, version: "v3"));
        yield return ("ticket-routing", Input("ticket-routing", "multi_class", "production", Bq("tickets"), """
            { "predictionId": "ticketId", "timestamp": "routedAt", "changeTimestamp": "changedAt", "predictionScores": "predictedScores",
              "actualScores": "actualScores", "thresholdScores": "thresholds", "featuresList": ["queueDepth"], "tagsList": [] }
            """));
        yield return ("shelf-detector", Input("shelf-detector", "object_detection", "training", Snowflake("DETECTIONS"), """
            { "predictionId": "IMAGE_ID", "timestamp": "CAPTURED_AT", "changeTimestamp": "CHANGED_AT", "featuresList": [],
              "embeddingFeatures": [{ "featureName": "image", "vectorCol": "IMAGE_VECTOR", "linkToDataCol": "IMAGE_URL" }],
              "predictionObjectDetection": { "boundingBoxesCoordinatesColumnName": "PREDICTED_BOXES", "boundingBoxesCategoriesColumnName": "PREDICTED_CATEGORIES", "boundingBoxesScoresColumnName": "PREDICTED_SCORES" },
              "actualObjectDetection": { "boundingBoxesCoordinatesColumnName": "LABELLED_BOXES", "boundingBoxesCategoriesColumnName": "LABELLED_CATEGORIES" } }
            """));
        yield return ("support-answers", Input("support-answers", "generative_llm", "production", Bq("answers"), """
            { "predictionId": "answer_id", "timestamp": "answered_at", "changeTimestamp": "changed_at", "actualLabel": "rating", "featuresList": [],
              "embeddingFeatures": [{ "featureName": "prompt", "vectorCol": "prompt_vector", "rawDataCol": "prompt_text" }] }
            """));
        yield return ("card-alerts", Input("card-alerts", "score_categorical", "production", Snowflake("ALERTS"), """
            { "predictionId": "PRED_ID", "predictionLabel": "PRED_LABEL", "timestamp": "TIMESTAMP", "featuresList": [], "tagsList": [], "changeTimestamp": "CHANGE_TIMESTAMP" }
            """));
    }

    private static JsonObject Input(string model, string type, string environment, (string Store, string Field, JsonObject Config) table, string schema, string? version = null, string? batchId = null, string? parameters = null)
    {
        var input = new JsonObject
        {
            ["modelName"] = model, ["modelType"] = type, ["modelEnvironmentName"] = environment, ["tableStore"] = table.Store,
            [table.Field] = table.Config, ["schema"] = JsonNode.Parse(schema),
        };
        if (version is not null)
        {
            input["modelVersion"] = version;
        }

        if (batchId is not null)
        {
            input["batchId"] = batchId;
        }

        if (parameters is not null)
        {
            input["tableIngestionParameters"] = JsonNode.Parse(parameters);
        }

        return input;
    }

    private static (string, string, JsonObject) Bq(string table) => ("BigQuery", "bigQueryTableConfig", new JsonObject { ["projectId"] = "acme-ml", ["dataset"] = "scores", ["tableName"] = table });

    private static (string, string, JsonObject) Snowflake(string table) => ("Snowflake", "snowflakeTableConfig", new JsonObject { ["accountID"] = "acme-prod", ["database"] = "ML", ["schema"] = "SCORES", ["tableName"] = table });

    private static (string, string, JsonObject) Databricks(string table) =>
        ("Databricks", "databricksTableConfig", new JsonObject { ["hostName"] = "adb-1.azuredatabricks.net", ["endpoint"] = "/sql/1.0/warehouses/abc", ["catalog"] = "main", ["databricksSchema"] = "ml", ["tableName"] = table, ["token"] = "dapi-secret" });
}
