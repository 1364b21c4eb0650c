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
    public async Task A_fault_for_one_operation_waits_for_that_operation_and_leaves_the_others_alone()
    {
        Server.Faults.For("createTableImportJob").FailNext(1, 503);
        Server.Faults.GraphQLErrorNext(1, "any request");

        // The fault for any request is queued behind the create's, and still applies first to what is not a create.
        Assert.Equal("any request", (await Client.SendAsync(Ping)).FirstError);
        (await Client.SendAsync(Ping)).AssertData();
        var dryRun = Jobs.Input(change: input => input["dryRun"] = true);
        (await Client.SendAsync(Jobs.Create, Jobs.Variables(dryRun))).AssertData();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Client.SendAsync(Jobs.Create, Jobs.Variables(Jobs.Input()))).Status);
        await Jobs.CreateAsync(Client);
        Assert.Single(await Jobs.ListAllIdsAsync(Client, "space_id", 10));
    }

    [Fact]
    public async Task A_lost_response_drops_the_connection_after_the_job_was_made()
    {
        Server.Faults.LoseResponseNext();

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.SendAsync(Jobs.Create, Jobs.Variables(Jobs.Input())));

        Assert.Single(await Jobs.ListAllIdsAsync(Client, "space_id", 10));
        Assert.Equal(1, Server.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task A_lost_response_with_a_status_answers_that_status_after_the_job_was_made()
    {
        Server.Faults.For("createTableImportJob").LoseResponseNext(1, 502);

        var answer = await Client.SendAsync(Jobs.Create, Jobs.Variables(Jobs.Input()));

        Assert.Equal(HttpStatusCode.BadGateway, answer.Status);
        Assert.Contains("answer was lost", answer.FirstError);
        Assert.Single(await Jobs.ListAllIdsAsync(Client, "space_id", 10));
    }

    [Fact]
    public async Task A_faulted_create_creates_nothing()
    {
        Server.Faults.FailNext();

        Assert.Equal(HttpStatusCode.InternalServerError, (await Client.SendAsync(Jobs.Create, Jobs.Variables(Jobs.Input()))).Status);

        Assert.Empty(await Jobs.ListAllIdsAsync(Client, "space_id", 10));
    }
}
