using System.Net;

namespace TableImport.Emulator.Tests;

public sealed class AuthTests : EmulatorTestBase
{
    private const string Key = "s3cret-key-value";

    protected override EmulatorOptions Options => new() { ApiKey = Key };

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_the_right_key_the_answer_is_401_with_a_json_error_that_never_echoes_a_key(string? sentKey)
    {
        using var client = new GraphQLTestClient(Server.GraphQLEndpoint, sentKey);

        var response = await client.SendAsync("{ node(id: \"s\") { id } }");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("x-api-key", response.FirstError, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-key", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_key_requests_are_served()
    {
        using var client = new GraphQLTestClient(Server.GraphQLEndpoint, Key);

        (await client.SendAsync("{ node(id: \"s\") { id } }")).AssertData();
        await Jobs.CreateAsync(client);
    }
}
