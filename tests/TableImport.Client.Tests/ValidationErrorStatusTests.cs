using System.Net;

namespace TableImport.Client.Tests;

/// <summary>
/// Servers on graphql-js (Apollo Server, graphql-http) answer a document that fails validation with HTTP 400 and a
/// GraphQL <c>errors</c> array, where graphql-dotnet and our emulator answer 200. The client reads both as the server
/// saying what its schema lacks; a 400 whose body is not GraphQL says nothing about the schema.
/// </summary>
public sealed class ValidationErrorStatusTests
{
    private static string Errors(string message) =>
        "{\"errors\":[{\"message\":" + System.Text.Json.JsonSerializer.Serialize(message) + ",\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}";

    [Fact]
    public async Task A_model_version_refused_with_HTTP_400_is_the_unsupported_field_exception()
    {
        var stub = new StubHandler((_, _) => Errors("Field \"modelVersion\" is not defined by type \"UpdateTableImportJobInput\".")) { StatusOf = _ => HttpStatusCode.BadRequest };
        using var client = StubHandler.Client(stub);

        var refused = await Assert.ThrowsAsync<TableImportUnsupportedFieldException>(
            () => client.UpdateJobAsync("job-1", new TableImportJobUpdate { ModelVersion = "v2" }, Test.Timeout));

        Assert.Equal("modelVersion", refused.Field);
        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task A_400_that_is_not_a_GraphQL_answer_is_an_HTTP_error_even_when_its_text_names_the_field()
    {
        var stub = new StubHandler((_, _) => "<html>400 Bad Request: modelVersion</html>") { StatusOf = _ => HttpStatusCode.BadRequest };
        using var client = StubHandler.Client(stub);

        var failed = await Assert.ThrowsAsync<TableImportException>(
            () => client.UpdateJobAsync("job-1", new TableImportJobUpdate { ModelVersion = "v2" }, Test.Timeout));

        Assert.IsNotType<TableImportUnsupportedFieldException>(failed);
        Assert.Equal(HttpStatusCode.BadRequest, failed.StatusCode);
    }

    [Fact]
    public async Task A_search_refused_with_HTTP_400_falls_back_to_paging()
    {
        var stub = new StubHandler((call, _) => call == 0
            ? Errors("Unknown argument \"search\" on field \"Space.tableJobs\".")
            : StubHandler.JobsPage(false, null, StubHandler.Job("job-2"), StubHandler.Job("job-1")))
        {
            StatusOf = call => call == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.OK,
        };
        using var client = StubHandler.Client(stub);

        var found = await client.FindJobAsync("job-1", Test.Timeout);

        Assert.Equal("job-1", found?.JobId);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task Found_by_paging_a_job_with_a_value_this_client_does_not_know_throws_as_the_search_would()
    {
        var stub = new StubHandler((call, _) => call == 0
            ? Errors("Unknown argument \"search\" on field \"Space.tableJobs\".")
            : StubHandler.JobsPage(false, null, StubHandler.Job("job-1", "\"modelType\":\"time_series\"")));
        using var client = StubHandler.Client(stub);

        var ex = await Assert.ThrowsAsync<TableImportException>(() => client.FindJobAsync("job-1", Test.Timeout));

        Assert.Equal("FindJob", ex.Operation);
        Assert.Contains("job 'job-1' has modelType 'time_series'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_refused_with_HTTP_400_is_no_server_support_to_read()
    {
        var stub = new StubHandler((_, _) => Errors("GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type.")) { StatusOf = _ => HttpStatusCode.BadRequest };
        using var client = StubHandler.Client(stub);

        Assert.Null(await client.GetServerSupportAsync(Test.Timeout));
    }
}
