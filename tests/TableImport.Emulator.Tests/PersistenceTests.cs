namespace TableImport.Emulator.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly string dataFile = Path.Combine(Path.GetTempPath(), $"tableimport-emulator-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Jobs_and_query_history_survive_stop_and_restart_on_the_same_data_file()
    {
        string id, jobId, pausedId, eventId;
        string[] queryIds;
        await using (var first = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile, StartTime = EmulatorTestBase.Start }))
        {
            using var client = new GraphQLTestClient(first.GraphQLEndpoint);
            (id, jobId) = await Jobs.CreateAsync(client);
            (pausedId, _) = await Jobs.CreateAsync(client, Jobs.Input(modelName: "paused"));
            (await client.SendAsync("mutation($id: ID!) { pauseTableImportJob(input: { jobId: $id }) { tableImportJob { jobStatus } } }", $$"""{"id":"{{pausedId}}"}""")).AssertData();
            (eventId, _) = await Jobs.CreateEventBasedAsync(client);
            (await client.SendAsync($$"""mutation { createTriggeredOngoingTableRun(input: { jobId: "{{eventId}}", queryStart: "2024-08-19T00:00:00Z", queryEnd: "2024-08-19T06:00:00Z" }) { clientMutationId } }""")).AssertData();
            first.Clock.Advance(TimeSpan.FromHours(3));
            queryIds = QueryIds(await Jobs.GetAsync(client, id));
            Assert.Equal(3, queryIds.Length);
            await first.StopAsync();
        }

        await using var second = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile, StartTime = EmulatorTestBase.Start.AddHours(3) });
        using var again = new GraphQLTestClient(second.GraphQLEndpoint);

        Assert.Equal([id, pausedId, eventId], await Jobs.ListAllIdsAsync(again, "space_id", 50));
        var job = await Jobs.GetAsync(again, id);
        Assert.Equal(jobId, job.GetProperty("jobId").GetString());
        Assert.Equal("2024-08-20T00:00:00Z", job.GetProperty("createdAt").GetString());
        Assert.Equal("partition_timestamp", job.GetProperty("schema").GetProperty("changeTimestamp").GetString());
        Assert.Equal(queryIds, QueryIds(job));
        Assert.Equal(3, job.GetProperty("totalQueriesSuccessCount").GetInt32());
        Assert.Equal("inactive", (await Jobs.GetAsync(again, pausedId)).GetProperty("jobStatus").GetString());
        Assert.Equal("2024-08-19T06:00:00Z", (await Jobs.GetAsync(again, eventId)).GetProperty("queries").GetProperty("edges")[0].GetProperty("node").GetProperty("windowEndTimestamp").GetString());

        // The schedule carries on where it stopped, and new jobs do not reuse old ids.
        second.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(4, (await Jobs.GetAsync(again, id)).GetProperty("queries").GetProperty("totalCount").GetInt32());
        var (newId, _) = await Jobs.CreateAsync(again);
        Assert.Equal([id, pausedId, eventId, newId], await Jobs.ListAllIdsAsync(again, "space_id", 2));
    }

    public void Dispose()
    {
        foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static string[] QueryIds(System.Text.Json.JsonElement job) =>
        job.GetProperty("queries").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("queryId").GetString()!).ToArray();
}
