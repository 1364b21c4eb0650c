using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

/// <summary>Shared documents and helpers the tests build on (the seed documents themselves live in SeedDocuments).</summary>
internal static class Jobs
{
    public const string Create = """
        mutation create($input: CreateTableImportJobInput!) {
          createTableImportJob(input: $input) {
            tableImportJob { id jobId jobStatus }
            validationResult { validationStatus error { code message } }
          }
        }
        """;

    public const string CreateEventBased = """
        mutation create($input: CreateTriggeredOngoingTableImportJobInput!) {
          createTriggeredOngoingTableImportJob(input: $input) {
            tableImportJob { id jobId jobStatus eventBased }
            validationResult { validationStatus error { code message } }
          }
        }
        """;

    public const string Get = """
        query job($id: ID!) {
          node(id: $id) {
            ... on TableImportJob {
              id jobId modelName modelType modelEnvironmentName jobStatus tableStore eventBased batchId createdAt
              bigQueryTableConfig { projectId dataset tableName }
              schema { predictionId predictionLabel actualLabel timestamp features featuresList tags changeTimestamp version }
              tableIngestionParameters { rowLimit refreshIntervalMinutes queryWindowSizeHours refreshIntervalSeconds queryWindowSizeSeconds }
              totalQueriesSuccessCount totalQueriesFailedCount totalQueriesPendingCount
              queries(first: 100) { totalCount edges { node { queryId createdAt recordsProcessedCount windowStartTimestamp windowEndTimestamp } } }
            }
          }
        }
        """;

    public const string ListPage = """
        query page($space: ID!, $first: Int!, $after: String) {
          node(id: $space) {
            ... on Space {
              tableJobs(first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id jobId modelName jobStatus } }
              }
            }
          }
        }
        """;

    /// <summary>The seed's BigQuery input, valid as it stands; <paramref name="change"/> edits it for a test.</summary>
    public static JsonObject Input(string spaceId = "space_id", string modelName = "My Test Model", Action<JsonObject>? change = null)
    {
        var input = new JsonObject
        {
            ["spaceId"] = spaceId,
            ["modelName"] = modelName,
            ["modelType"] = "score_categorical",
            ["modelEnvironmentName"] = "production",
            ["tableStore"] = "BigQuery",
            ["bigQueryTableConfig"] = new JsonObject { ["projectId"] = "test-project-id", ["dataset"] = "test-dataset", ["tableName"] = "test-table" },
            ["schema"] = new JsonObject
            {
                ["predictionId"] = "prediction_id",
                ["predictionLabel"] = "prediction",
                ["timestamp"] = "prediction_ts",
                ["features"] = "feature_",
                ["actualLabel"] = "actual",
                ["version"] = "model_version",
                ["tags"] = "tag_",
                ["changeTimestamp"] = "partition_timestamp",
            },
        };
        change?.Invoke(input);
        return input;
    }

    /// <summary>The seed's Snowflake event-based input.</summary>
    public static JsonObject SnowflakeInput(string spaceId = "space_id") => Input(spaceId, "model-name", input =>
    {
        input.Remove("bigQueryTableConfig");
        input["tableStore"] = "Snowflake";
        input["snowflakeTableConfig"] = new JsonObject { ["accountID"] = "snowflake-account-id", ["schema"] = "snowflake-schema", ["database"] = "database-name", ["tableName"] = "table-name" };
    });

    public static string Variables(JsonObject input) => new JsonObject { ["input"] = input }.ToJsonString();

    public static async Task<(string Id, string JobId)> CreateAsync(GraphQLTestClient client, JsonObject? input = null)
    {
        var data = (await client.SendAsync(Create, Variables(input ?? Input()))).AssertData();
        var payload = data.GetProperty("createTableImportJob");
        Assert.Equal("Passed", payload.GetProperty("validationResult").GetProperty("validationStatus").GetString());
        var job = payload.GetProperty("tableImportJob");
        return (job.GetProperty("id").GetString()!, job.GetProperty("jobId").GetString()!);
    }

    public static async Task<(string Id, string JobId)> CreateEventBasedAsync(GraphQLTestClient client, string spaceId = "space_id")
    {
        var data = (await client.SendAsync(CreateEventBased, Variables(SnowflakeInput(spaceId)))).AssertData();
        var job = data.GetProperty("createTriggeredOngoingTableImportJob").GetProperty("tableImportJob");
        return (job.GetProperty("id").GetString()!, job.GetProperty("jobId").GetString()!);
    }

    public static async Task<JsonElement> GetAsync(GraphQLTestClient client, string id) =>
        (await client.SendAsync(Get, new JsonObject { ["id"] = id }.ToJsonString())).AssertData().GetProperty("node");

    public static async Task<List<string>> ListAllIdsAsync(GraphQLTestClient client, string spaceId, int pageSize)
    {
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var variables = new JsonObject { ["space"] = spaceId, ["first"] = pageSize, ["after"] = after };
            var connection = (await client.SendAsync(ListPage, variables.ToJsonString())).AssertData().GetProperty("node").GetProperty("tableJobs");
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                return ids;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }
    }

    public static int Count(GraphQLTestClient client, JsonElement space) => space.GetProperty("tableJobs").GetProperty("totalCount").GetInt32();
}
