using System.Net;

namespace TableImport.Emulator.Tests;

/// <summary>
/// GraphQL-over-HTTP errors. The emulator answers application/json: a request that is not well-formed (body not
/// JSON, no query) is 400; a well-formed one whose document is wrong is 200 with errors. Never 500.
/// </summary>
public sealed class MalformedRequestTests : EmulatorTestBase
{
    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("[1, 2]", "JSON object")]
    [InlineData("{}", "\"query\" must be a non-empty string")]
    [InlineData("{\"query\": 42}", "\"query\" must be a non-empty string")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "\"variables\" must be a JSON object")]
    public async Task A_request_that_is_not_well_formed_is_a_400_with_a_graphql_error_body(string body, string expected)
    {
        var response = await Client.SendRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/json", response.MediaType);
        Assert.Contains(expected, response.FirstError, StringComparison.Ordinal);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("{ node(id: ", "Error parsing query")]
    [InlineData("{ nodes(id: \"x\") { id } }", "Cannot query field 'nodes' on type 'Query'")]
    [InlineData("{ node(id: \"x\") { ... on Space { tableJobs(first: 1) { edges { node { jobStatuss } } } } } }", "Cannot query field 'jobStatuss'")]
    public async Task A_bad_document_is_a_200_with_a_clear_error(string query, string expected)
    {
        var response = await Client.SendAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains(expected, response.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_a_clear_error()
    {
        var response = await Client.SendAsync(
            "query($first: Int!) { node(id: \"s\") { ... on Space { tableJobs(first: $first) { totalCount } } } }",
            "{\"first\": \"fifty\"}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("Variable '$first' is invalid", response.FirstError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OperationName_picks_the_operation_of_a_multi_operation_document()
    {
        const string Document = "query a { node(id: \"one\") { id } } query b { node(id: \"two\") { id } }";

        var response = await Client.SendAsync(Document, operationName: "b");

        Assert.Equal("two", response.AssertData().GetProperty("node").GetProperty("id").GetString());
        Assert.True((await Client.SendAsync(Document)).HasErrors); // ambiguous without one
    }
}
