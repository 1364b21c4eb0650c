using System.Net;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

/// <summary>
/// What each picture of the API answers, on real servers: known takes every field and a node id where a job id goes;
/// proven refuses what it lacks as a GraphQL server does (a validation error naming the field) and answers a node id in
/// a mutation as no such job.
/// </summary>
public sealed class GraphQLSchemaPictureTests
{
    /// <summary>The acceptance request of issue 20: a model version set through updateTableImportJob.</summary>
    private const string UpdateModelVersion = "mutation($jobId: ID!, $v: String) { updateTableImportJob(input: { jobId: $jobId, modelVersion: $v }) { tableImportJob { jobId modelVersion } } }";

    private const string Pause = "mutation($id: ID!) { pauseTableImportJob(input: { jobId: $id }) { tableImportJob { jobStatus } } }";

    public static TheoryData<string, string> UnprovenFields() => new()
    {
        { "jobStatus", "mutation($j: ID!) { updateTableImportJob(input: { jobId: $j, jobStatus: inactive }) { tableImportJob { jobStatus } } }" },
        { "clientMutationId", "mutation($j: ID!) { updateTableImportJob(input: { jobId: $j, clientMutationId: \"c\" }) { clientMutationId } }" },
        { "clientMutationId", "mutation($j: ID!) { pauseTableImportJob(input: { jobId: $j, clientMutationId: \"c\" }) { clientMutationId } }" },
        { "clientMutationId", "mutation($j: ID!) { startTableImportJob(input: { jobId: $j, clientMutationId: \"c\" }) { clientMutationId } }" },
        { "clientMutationId", "mutation($j: ID!) { updateTableIngestionParameters(input: { jobId: $j, tableIngestionParameters: { rowLimit: 5 }, clientMutationId: \"c\" }) { clientMutationId } }" },
        { "clientMutationId", "mutation($j: ID!) { deleteTableImportJob(input: { jobId: $j, clientMutationId: \"c\" }) { clientMutationId } }" },
    };

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Proven)]
    public async Task Known_applies_a_model_version_update_and_proven_refuses_it_naming_modelVersion(EmulatorGraphQLSchema picture)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        using var client = new GraphQLTestClient(server.GraphQLEndpoint);
        var (id, jobId) = await Jobs.CreateAsync(client);

        var response = await client.SendAsync(UpdateModelVersion, new JsonObject { ["jobId"] = jobId, ["v"] = "v2" }.ToJsonString());

        var modelVersion = await ModelVersionAsync(client, id);
        if (picture == EmulatorGraphQLSchema.Known)
        {
            Assert.Equal("v2", response.AssertData().GetProperty("updateTableImportJob").GetProperty("tableImportJob").GetProperty("modelVersion").GetString());
            Assert.Equal("v2", modelVersion);
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Argument 'input' has invalid value. In field 'modelVersion': Unknown field.", response.FirstError);
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.Json.TryGetProperty("data", out _), response.Body);
        Assert.Null(modelVersion);
    }

    [Theory]
    [MemberData(nameof(UnprovenFields))]
    public async Task Every_unproven_input_field_is_taken_by_known_and_refused_by_proven_by_name(string field, string document)
    {
        foreach (var picture in new[] { EmulatorGraphQLSchema.Known, EmulatorGraphQLSchema.Proven })
        {
            await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
            using var client = new GraphQLTestClient(server.GraphQLEndpoint);
            var (_, jobId) = await Jobs.CreateAsync(client);

            var response = await client.SendAsync(document, new JsonObject { ["j"] = jobId }.ToJsonString());

            if (picture == EmulatorGraphQLSchema.Known)
            {
                response.AssertData();
            }
            else
            {
                Assert.Equal($"Argument 'input' has invalid value. In field '{field}': Unknown field.", response.FirstError);
            }
        }
    }

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Proven)]
    public async Task Each_id_names_a_job_only_in_its_own_place_in_proven_and_either_does_in_known(EmulatorGraphQLSchema picture)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        using var client = new GraphQLTestClient(server.GraphQLEndpoint);
        var (id, jobId) = await Jobs.CreateAsync(client);

        var byNodeId = await client.SendAsync(Pause, new JsonObject { ["id"] = id }.ToJsonString());
        var wrongId = await client.SendAsync(Pause, new JsonObject { ["id"] = "no-such-job" }.ToJsonString());

        if (picture == EmulatorGraphQLSchema.Known)
        {
            Assert.Equal("inactive", byNodeId.AssertData().GetProperty("pauseTableImportJob").GetProperty("tableImportJob").GetProperty("jobStatus").GetString());
        }
        else
        {
            // The very answer a wrong id gets, naming the id sent.
            Assert.Equal($"No table import job has the id '{id}'.", byNodeId.FirstError);
            Assert.Equal(
                wrongId.Body.Replace("no-such-job", id, StringComparison.Ordinal),
                byNodeId.Body);
            Assert.Equal("active", (await Jobs.GetAsync(client, id)).GetProperty("jobStatus").GetString());
            Assert.Equal("inactive", (await client.SendAsync(Pause, new JsonObject { ["id"] = jobId }.ToJsonString())).AssertData()
                .GetProperty("pauseTableImportJob").GetProperty("tableImportJob").GetProperty("jobStatus").GetString());
        }

        Assert.Equal(jobId, (await Jobs.GetAsync(client, id)).GetProperty("jobId").GetString());
        Assert.Equal("NOT_FOUND", wrongId.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // node(id:) takes the global node id [doc]; a jobId there names the job only in known (in proven, as any id that
        // is no job's node id, it names a space).
        var byJobId = await client.SendAsync("query($id: ID!) { node(id: $id) { __typename } }", new JsonObject { ["id"] = jobId }.ToJsonString());
        Assert.Equal(picture == EmulatorGraphQLSchema.Known ? "TableImportJob" : "Space", byJobId.AssertData().GetProperty("node").GetProperty("__typename").GetString());
    }

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known, "clientMutationId, jobId, jobStatus, modelVersion, schema, tableIngestionParameters")]
    [InlineData(EmulatorGraphQLSchema.Proven, "jobId, schema, tableIngestionParameters")]
    public async Task Introspection_shows_the_update_input_fields_the_picture_serves(EmulatorGraphQLSchema picture, string expected)
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        using var client = new GraphQLTestClient(server.GraphQLEndpoint);

        var fields = (await client.SendAsync("{ __type(name: \"UpdateTableImportJobInput\") { inputFields { name } } }")).AssertData()
            .GetProperty("__type").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString());

        Assert.Equal(expected, string.Join(", ", fields));
    }

    [Theory]
    [InlineData(null, EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Known, EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Proven, EmulatorGraphQLSchema.Proven)]
    public async Task A_server_says_which_picture_it_serves_and_its_page_shows_it(EmulatorGraphQLSchema? chosen, EmulatorGraphQLSchema served)
    {
        var options = new EmulatorOptions();
        if (chosen is { } picture)
        {
            options.GraphQLSchema = picture;
        }

        await using var server = await EmulatorServer.StartAsync(options);
        using var http = new HttpClient();

        var page = await http.GetStringAsync(server.BaseAddress);

        Assert.Equal(served, server.GraphQLSchema);
        Assert.Contains($"Schema <code>{served.ToString().ToLowerInvariant()}</code>: ", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmulatorGraphQLSchema.Proven, "--graphql-schema", "proven")]
    [InlineData(EmulatorGraphQLSchema.Known, "--graphql-schema=known")]
    [InlineData(EmulatorGraphQLSchema.Proven, "--graphql-schema=Proven")]
    [InlineData(EmulatorGraphQLSchema.Known)]
    public void The_command_line_takes_the_picture_in_both_forms(EmulatorGraphQLSchema expected, params string[] args)
    {
        var options = new EmulatorOptions();

        var (hostArgs, error) = EmulatorCommandLine.Parse(args, options);

        Assert.Null(error);
        Assert.Empty(hostArgs);
        Assert.Equal(expected, options.GraphQLSchema);
    }

    [Theory]
    [InlineData("--graphql-schema must be proven or known, not 'seed'.", "--graphql-schema", "seed")]
    [InlineData("--graphql-schema needs a value.", "--graphql-schema")]
    [InlineData("--graphql-schema needs a value.", "--graphql-schema=")]
    public void A_picture_the_command_line_does_not_know_is_an_error(string expected, params string[] args)
    {
        Assert.Equal(expected, EmulatorCommandLine.Parse(args, new EmulatorOptions()).Error);
    }

    private static async Task<string?> ModelVersionAsync(GraphQLTestClient client, string id) =>
        (await client.SendAsync("query($id: ID!) { node(id: $id) { ... on TableImportJob { modelVersion } } }", new JsonObject { ["id"] = id }.ToJsonString()))
            .AssertData().GetProperty("node").GetProperty("modelVersion").GetString();
}
