using System.Diagnostics;
using System.Net;

namespace TableImport.Emulator.Tests;

public sealed class FaultTests : EmulatorTestBase
{
    private const string Ping = "{ node(id: \"s\") { id } }";

    [Fact]
    public async Task Faults_apply_to_the_next_requests_in_the_order_queued_then_answers_return()
    {
        Server.Faults.FailNext(2, 503);
        Server.Faults.RateLimitNext(1, TimeSpan.FromSeconds(1.2));
        Server.Faults.GraphQLErrorNext(1, "boom");
        Server.Faults.NotJsonNext();

        var unavailable = await Client.SendAsync(Ping);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.Status);
        Assert.True(unavailable.HasErrors);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Client.SendAsync(Ping)).Status);

        var limited = await Client.SendAsync(Ping);
        Assert.Equal((HttpStatusCode)429, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), limited.RetryAfter);

        var graphQLError = await Client.SendAsync(Ping);
        Assert.Equal(HttpStatusCode.OK, graphQLError.Status);
        Assert.Equal("boom", graphQLError.FirstError);

        var html = await Client.SendAsync(Ping);
        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.Equal("text/html", html.MediaType);
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => html.Json);

        Assert.Equal("s", (await Client.SendAsync(Ping)).AssertData().GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(6, Server.RequestCounts.Get("node"));
    }

    [Fact]
    public async Task Delay_waits_then_answers_normally()
    {
        Server.Faults.DelayNext(1, TimeSpan.FromMilliseconds(600));
        var watch = Stopwatch.StartNew();

        (await Client.SendAsync(Ping)).AssertData();

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(550), watch.Elapsed.ToString());
    }

    [Fact]
    public async Task Clear_drops_queued_faults()
    {
        Server.Faults.FailNext(3);
        Server.Faults.Clear();

        (await Client.SendAsync(Ping)).AssertData();
    }

    [Fact]
    public async Task A_faulted_create_creates_nothing()
    {
        Server.Faults.FailNext();

        Assert.Equal(HttpStatusCode.InternalServerError, (await Client.SendAsync(Jobs.Create, Jobs.Variables(Jobs.Input()))).Status);

        Assert.Empty(await Jobs.ListAllIdsAsync(Client, "space_id", 10));
    }
}
