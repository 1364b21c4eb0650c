using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace TableImport.Emulator.Tests;

/// <summary>A data file written by the emulator's first version (its job rows in their own JSON shape) loads, answers as that version did, and goes on.</summary>
public sealed class FirstVersionDataFileTests : IDisposable
{
    private const string Space = "old-space";
    private const string EveryField = "33a2dc76362343f493c5ab237a83d47b";

    private readonly string dataFile = Path.Combine(Path.GetTempPath(), $"tableimport-emulator-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Its_jobs_load_and_answer_every_field_as_the_first_version_did()
    {
        WriteFirstVersionFile();

        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile, StartTime = FirstVersionDataFile.WrittenAt });
        using var client = new GraphQLTestClient(server.GraphQLEndpoint);

        Assert.Equal(JsonNode.Parse(FirstVersionDataFile.Answered)!.ToJsonString(), (await ListAsync(client)).ToJsonString());
    }

    [Fact]
    public async Task Its_schedules_carry_on_and_a_change_is_saved_in_a_shape_that_loads_again()
    {
        WriteFirstVersionFile();
        JsonArray before;
        await using (var first = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile, StartTime = FirstVersionDataFile.WrittenAt }))
        {
            using var client = new GraphQLTestClient(first.GraphQLEndpoint);

            // The every-field job runs every 30 minutes and reads at most 500 rows; the others are not due yet.
            first.Clock.Advance(TimeSpan.FromMinutes(30));
            const string Update = "mutation($id: ID!) { updateTableImportJob(input: { jobId: $id, modelVersion: \"v2\", tableIngestionParameters: { rowLimit: 400 } }) { tableImportJob { modelVersion } } }";
            (await client.SendAsync(Update, new JsonObject { ["id"] = EveryField }.ToJsonString())).AssertData();

            before = await ListAsync(client);
            var job = before.Single(j => j!["jobId"]!.GetValue<string>() == EveryField)!;
            Assert.Equal(500, job["queries"]!["edges"]![0]!["node"]!["recordsProcessedCount"]!.GetValue<int>());
            Assert.Equal("v2", job["modelVersion"]!.GetValue<string>());
            Assert.Equal(400, job["tableIngestionParameters"]!["rowLimit"]!.GetValue<int>());
            // every-field, boxes, events (its one triggered run), paused-ranker
            Assert.Equal([1, 0, 1, 0], before.Select(j => j!["totalQueriesSuccessCount"]!.GetValue<int>()));
        }

        await using var second = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile, StartTime = FirstVersionDataFile.WrittenAt.AddMinutes(30) });
        using var again = new GraphQLTestClient(second.GraphQLEndpoint);

        Assert.Equal(before.ToJsonString(), (await ListAsync(again)).ToJsonString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<JsonArray> ListAsync(GraphQLTestClient client)
    {
        var query = "query($space: ID!) { node(id: $space) { ... on Space { tableJobs(first: 50) { edges { node { " + FirstVersionDataFile.Selection + " } } } } } }";
        var edges = (await client.SendAsync(query, new JsonObject { ["space"] = Space }.ToJsonString())).AssertData()
            .GetProperty("node").GetProperty("tableJobs").GetProperty("edges");
        return new JsonArray(edges.EnumerateArray().Select(e => JsonNode.Parse(e.GetProperty("node").GetRawText())).ToArray());
    }

    private void WriteFirstVersionFile()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dataFile, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, FirstVersionDataFile.Tables);
        foreach (var (jobId, sequence, json) in FirstVersionDataFile.Jobs)
        {
            Execute(connection, "INSERT INTO jobs (job_id, sequence, json) VALUES ($1, $2, $3)", jobId, sequence, json);
        }

        foreach (var (jobId, ordinal, json) in FirstVersionDataFile.Queries)
        {
            Execute(connection, "INSERT INTO queries (job_id, ordinal, json) VALUES ($1, $2, $3)", jobId, ordinal, json);
        }
    }

    private static void Execute(SqliteConnection connection, string sql, params object[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue("$" + (i + 1), parameters[i]);
        }

        command.ExecuteNonQuery();
    }
}
