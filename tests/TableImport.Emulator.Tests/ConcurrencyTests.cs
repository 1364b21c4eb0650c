namespace TableImport.Emulator.Tests;

public sealed class ConcurrencyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Eight_clients_creating_fifty_jobs_each_at_once_make_exactly_four_hundred(bool withDataFile)
    {
        var dataFile = withDataFile ? Path.Combine(Path.GetTempPath(), $"tableimport-emulator-{Guid.NewGuid():N}.db") : null;
        try
        {
            await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile });
            var created = await Task.WhenAll(Enumerable.Range(0, 8).Select(client => Task.Run(async () =>
            {
                using var http = new GraphQLTestClient(server.GraphQLEndpoint);
                var ids = new List<string>();
                for (var i = 0; i < 50; i++)
                {
                    ids.Add((await Jobs.CreateAsync(http, Jobs.Input("busy", $"client {client} job {i}"))).Id);
                }

                return ids;
            })));

            using var reader = new GraphQLTestClient(server.GraphQLEndpoint);
            var listed = await Jobs.ListAllIdsAsync(reader, "busy", 50);
            var all = created.SelectMany(ids => ids).ToList();
            Assert.Equal(400, all.Distinct().Count());
            Assert.Equal(400, listed.Count);
            Assert.Equal(all.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
            Assert.Equal(400, server.RequestCounts.Get("createTableImportJob"));
        }
        finally
        {
            if (dataFile is not null)
            {
                File.Delete(dataFile);
                File.Delete(dataFile + "-wal");
                File.Delete(dataFile + "-shm");
            }
        }
    }
}
