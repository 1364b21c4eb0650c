using System.Net;
using System.Text;
using System.Text.Json;

namespace TableImport.Client.Tests;

/// <summary>
/// A GraphQL server rejects a whole document that names one type it lacks, so every document the client can send names
/// only the types of <see cref="KnownGraphQLTypes"/>, each of which has evidence in the facts file.
/// </summary>
public sealed class KnownTypeTests
{
    [Fact]
    public void The_known_list_is_the_facts_files_list()
    {
        // shared/reference/arize-api-facts.md, "GraphQL type names known to exist". A name joins only with evidence there.
        string[] facts =
        [
            "ID", "String", "Int", "Boolean", "Float",
            "TableImportSchemaInputType", "TableIngestionParametersInputType", "CreateTableImportJobInput", "JobStatus",
            "Space", "TableImportJob",
        ];

        Assert.Equal(facts.Order(StringComparer.Ordinal), KnownGraphQLTypes.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_operation_sends_documents_that_name_only_known_types()
    {
        var sent = await SentRequests.FromEveryOperationAsync();

        var everyOperation = Enum.GetValues<TableImportOperation>().Select(o => Names.OperationNameOf(o).ToString());
        Assert.Equal(everyOperation.Order(StringComparer.Ordinal), sent.Select(r => r.OperationName).Distinct().Order(StringComparer.Ordinal));
        Assert.All(sent, AssertNamesOnlyKnownTypes);
    }

    [Fact]
    public void Every_variant_the_writer_produces_names_only_known_types_and_sends_exactly_the_variables_it_declares()
    {
        var variants = SentRequests.WriterVariants().ToList();

        Assert.True(variants.Count > 100, $"only {variants.Count} variants");
        Assert.All(variants, request =>
        {
            AssertNamesOnlyKnownTypes(request);
            var declared = request.DeclaredVariables().ToList();
            Assert.All(request.Variables, sent => Assert.Contains(sent, declared.Select(d => d.Name)));
            Assert.All(declared.Where(d => d.Required), required => Assert.Contains(required.Name, request.Variables));
        });
    }

    [Fact]
    public void Requests_that_set_every_field_the_writer_writes_name_only_known_types_and_cover_every_operation()
    {
        var requests = TableImportRequestCatalog.EveryField().ToList();

        Assert.Equal(Enum.GetValues<TableImportOperation>().Order(), requests.Select(r => r.Operation).Distinct().Order());
        Assert.All(requests, r => AssertNamesOnlyKnownTypes(new SentRequest(r.Body)));
        Assert.All(requests, r => Assert.Equal(Names.OperationNameOf(r.Operation).ToString(), new SentRequest(r.Body).OperationName));
    }

    [Fact]
    public async Task The_emulator_accepts_every_variant_the_writer_produces()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var job = await harness.Client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        var eventJob = await harness.Client.CreateEventBasedJobAsync(SeedJobs.SnowflakeEventBased(), Test.Timeout);

        foreach (var request in SentRequests.WriterVariants(job.JobId, eventJob.JobId))
        {
            using var content = new StringContent(request.Body, Encoding.UTF8, "application/json");
            using var response = await harness.Http.PostAsync(harness.Server.GraphQLEndpoint, content, Test.Timeout);
            var text = await response.Content.ReadAsStringAsync(Test.Timeout);
            Assert.True(response.StatusCode == HttpStatusCode.OK, text);
            using var json = JsonDocument.Parse(text);
            Assert.False(json.RootElement.TryGetProperty("errors", out _), request.OperationName + ": " + text + "\n" + request.Query);
        }
    }

    [Fact]
    public void The_check_fails_on_a_document_with_a_guessed_input_type()
    {
        // What the client sent before the facts were known: the input type's name is a guess from the Relay convention.
        var guessed = new SentRequest("""
            {"operationName":"pauseTableImportJob","query":"mutation pauseTableImportJob($input: PauseTableImportJobInput!) { result: pauseTableImportJob(input: $input) { tableImportJob { id } } }","variables":{"input":{"jobId":"x"}}}
            """);

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNamesOnlyKnownTypes(guessed));
    }

    private static void AssertNamesOnlyKnownTypes(SentRequest request)
    {
        var unknown = request.TypeNames().Where(name => !KnownGraphQLTypes.All.Contains(name)).Distinct().ToList();
        Assert.True(unknown.Count == 0, $"{request.OperationName} names {string.Join(", ", unknown)}, which the facts file does not show to exist:\n{request.Query}");
    }
}
