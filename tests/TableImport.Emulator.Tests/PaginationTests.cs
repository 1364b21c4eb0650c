using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

public sealed class PaginationTests : EmulatorTestBase
{
    [Fact]
    public async Task One_hundred_twenty_jobs_listed_fifty_at_a_time_come_back_each_exactly_once()
    {
        var created = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            created.Add((await Jobs.CreateAsync(Client, Jobs.Input("paged", $"model {i}"))).Id);
        }

        await Jobs.CreateAsync(Client, Jobs.Input("another-space"));

        var pages = new List<int>();
        string? after = null;
        var listed = new List<string>();
        while (true)
        {
            var variables = new JsonObject { ["space"] = "paged", ["first"] = 50, ["after"] = after };
            var connection = (await Client.SendAsync(Jobs.ListPage, variables.ToJsonString())).AssertData().GetProperty("node").GetProperty("tableJobs");
            Assert.Equal(120, connection.GetProperty("totalCount").GetInt32());
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            pages.Add(edges.Count);
            listed.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal([50, 50, 20], pages);
        Assert.Equal(created, listed); // oldest first, no gaps, no repeats
    }

    [Fact]
    public async Task Queries_page_with_opaque_cursors()
    {
        var (id, _) = await Jobs.CreateAsync(Client, Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["refreshIntervalMinutes"] = 1 }));
        Server.Clock.Advance(TimeSpan.FromMinutes(25));
        const string Page = "query($id: ID!, $after: String) { node(id: $id) { ... on TableImportJob { queries(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { queryId } } } } } }";

        var ids = new List<string>();
        string? after = null;
        do
        {
            var queries = (await Client.SendAsync(Page, new JsonObject { ["id"] = id, ["after"] = after }.ToJsonString())).AssertData().GetProperty("node").GetProperty("queries");
            Assert.Equal(25, queries.GetProperty("totalCount").GetInt32());
            ids.AddRange(queries.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("queryId").GetString()!));
            after = queries.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? queries.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(25, ids.Distinct().Count());
    }

    [Fact]
    public async Task Without_first_a_page_holds_fifty_jobs_and_a_foreign_cursor_is_rejected()
    {
        for (var i = 0; i < 51; i++)
        {
            await Jobs.CreateAsync(Client, Jobs.Input("s", $"model-{i}"));
        }

        var defaultPage = (await Client.SendAsync("{ node(id: \"s\") { ... on Space { tableJobs { totalCount pageInfo { hasNextPage } edges { cursor } } } } }"))
            .AssertData().GetProperty("node").GetProperty("tableJobs");
        Assert.Equal(50, defaultPage.GetProperty("edges").GetArrayLength());
        Assert.Equal(51, defaultPage.GetProperty("totalCount").GetInt32());
        Assert.True(defaultPage.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        // A job's queries still need first, as the schema says.
        var missingFirst = await Client.SendAsync("{ node(id: \"s\") { ... on TableImportJob { queries { totalCount } } } }");
        Assert.True(missingFirst.HasErrors);
        Assert.Contains("first", missingFirst.FirstError, StringComparison.Ordinal);

        var badCursor = await Client.SendAsync("{ node(id: \"s\") { ... on Space { tableJobs(first: 5, after: \"bm90LWEtY3Vyc29y\") { totalCount } } } }");
        Assert.True(badCursor.HasErrors);
        Assert.Contains("not a cursor", badCursor.FirstError, StringComparison.Ordinal);
    }
}
