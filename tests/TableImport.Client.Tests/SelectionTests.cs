using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Client.Tests;

/// <summary>
/// GraphQL rejects a whole document that names one unknown field, so the client selects on a job only what Arize's
/// documentation (the seed) or a third-party client reading the live API shows; nothing the project invented.
/// </summary>
public sealed class SelectionTests
{
    private static readonly string[] ReadFields =
    [
        "id", "jobId", "jobStatus", "createdAt", "modelName", "modelId", "modelVersion", "modelType", "modelEnvironmentName",
        "batchId", "tableStore", "table", "projectId", "dataset", "schema", "tableIngestionParameters",
        "totalQueriesSuccessCount", "totalQueriesFailedCount", "totalQueriesPendingCount",
    ];

    [Fact]
    public void Lists_finds_and_gets_select_only_seed_and_third_party_fields_of_a_job()
    {
        var fragment = Parser.Parse(GraphQLDocuments.JobFields).Definitions.OfType<GraphQLFragmentDefinition>().Single();

        Assert.Equal(ReadFields.Order(), SentRequest.FieldsOf(fragment.SelectionSet).Order());
        var parameters = fragment.SelectionSet.Selections.OfType<GraphQLField>().Single(f => f.Name.StringValue == "tableIngestionParameters");
        Assert.Equal(["refreshIntervalSeconds", "queryWindowSizeSeconds"], SentRequest.FieldsOf(parameters.SelectionSet));
        foreach (var query in new[] { GraphQLDocuments.ListJobs, GraphQLDocuments.FindJob, GraphQLDocuments.GetJob })
        {
            Assert.Contains("...JobFields", query, StringComparison.Ordinal);
        }

        Assert.Equal(["pageInfo", "edges"], Connection(GraphQLDocuments.ListJobs, "tableJobs"));
        Assert.Equal(["pageInfo", "edges"], Connection(GraphQLDocuments.FindJob, "tableJobs"));
        Assert.Equal(["totalCount", "pageInfo", "edges"], Connection(GraphQLDocuments.ListQueries, "queries"));
    }

    [Fact]
    public void Finding_a_job_uses_the_third_party_clients_search_argument()
    {
        var tableJobs = Field(Parser.Parse(GraphQLDocuments.FindJob), "tableJobs");

        Assert.Equal(["search", "first", "after"], tableJobs.Arguments!.Items.Select(a => a.Name.StringValue));
    }

    [Fact]
    public void Mutations_read_back_only_id_jobId_and_jobStatus_and_creates_the_validation_result()
    {
        var mutations = SentRequests.WriterVariants()
            .Where(r => r.Operation.Operation == OperationType.Mutation && r.OperationName != "createTriggeredOngoingTableRun")
            .ToList();

        Assert.NotEmpty(mutations);
        Assert.All(mutations, mutation =>
        {
            Assert.DoesNotContain("JobFields", mutation.Query, StringComparison.Ordinal);
            var dryRun = mutation.OperationName.StartsWith("dryRun", StringComparison.Ordinal);
            var creates = dryRun || mutation.OperationName.StartsWith("create", StringComparison.Ordinal);
            Assert.Equal(dryRun ? ["validationResult"] : creates ? ["tableImportJob", "validationResult"] : ["tableImportJob"], mutation.ResultFields());
            if (!dryRun)
            {
                Assert.Equal(["id", "jobId", "jobStatus"], mutation.ResultFields("tableImportJob"));
            }

            if (creates)
            {
                Assert.Equal(["validationStatus", "error"], mutation.ResultFields("validationResult"));
                Assert.Equal(["code", "message"], mutation.ResultFields("validationResult", "error"));
            }
        });
    }

    [Fact]
    public void A_triggered_run_reads_back_only_clientMutationId_and_writes_its_times_as_the_seed_does()
    {
        var run = SentRequests.WriterVariants().Where(r => r.OperationName == "createTriggeredOngoingTableRun").ToList();

        Assert.Equal(2, run.Count);
        Assert.All(run, r => Assert.Equal(["clientMutationId"], r.ResultFields()));
        Assert.Contains("queryStart: \"2024-08-20T01:00:00Z\", queryEnd: \"2024-08-20T23:00:00Z\"", run[0].Query, StringComparison.Ordinal);
        // Another offset and a fraction: converted to UTC, the fraction kept.
        Assert.Contains("queryStart: \"2024-08-20T01:00:00.5Z\", queryEnd: \"2024-08-21T00:00:00.25Z\"", run[1].Query, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Connection(string document, string field) =>
        SentRequest.FieldsOf(Field(Parser.Parse(document), field).SelectionSet);

    private static GraphQLField Field(GraphQLDocument document, string name)
    {
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        return Fields(operation.SelectionSet).First(f => f.Name.StringValue == name);
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            var inner = selection switch
            {
                GraphQLField field => field.SelectionSet,
                GraphQLInlineFragment inline => inline.SelectionSet,
                _ => null,
            };
            if (selection is GraphQLField f)
            {
                yield return f;
            }

            foreach (var nested in Fields(inner))
            {
                yield return nested;
            }
        }
    }
}
