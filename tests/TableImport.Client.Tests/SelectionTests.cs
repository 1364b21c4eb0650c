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

    public static TheoryData<string, string> Mutations() => new()
    {
        { "CreateJob", GraphQLDocuments.CreateJob },
        { "CreateEventBasedJob", GraphQLDocuments.CreateEventBasedJob },
        { "PauseJob", GraphQLDocuments.PauseJob },
        { "StartJob", GraphQLDocuments.StartJob },
        { "DeleteJob", GraphQLDocuments.DeleteJob },
        { "UpdateIngestionParameters", GraphQLDocuments.UpdateIngestionParameters },
        { "UpdateJob", GraphQLDocuments.UpdateJob },
    };

    [Fact]
    public void Lists_and_gets_select_only_seed_and_third_party_fields_of_a_job()
    {
        var fragment = GraphQLDocuments.JobFields;

        Assert.Equal(ReadFields.Order(), Fields(fragment, "on TableImportJob").Order());
        Assert.Equal(["refreshIntervalSeconds", "queryWindowSizeSeconds"], Fields(fragment, "tableIngestionParameters"));
        Assert.Contains("...JobFields", GraphQLDocuments.ListJobs, StringComparison.Ordinal);
        Assert.Contains("...JobFields", GraphQLDocuments.GetJob, StringComparison.Ordinal);
        Assert.Equal(["pageInfo", "edges"], Fields(GraphQLDocuments.ListJobs, "tableJobs(first: $first, after: $after)"));
        Assert.Equal(["totalCount", "pageInfo", "edges"], Fields(GraphQLDocuments.ListQueries, "queries(first: $first, after: $after)"));
        Assert.Equal(["queryId", "createdAt", "recordsProcessedCount", "windowStartTimestamp", "windowEndTimestamp"], Fields(GraphQLDocuments.ListQueries, "edges { node"));
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Mutations_read_back_only_id_jobId_and_jobStatus(string operation, string document)
    {
        Assert.DoesNotContain("JobFields", document, StringComparison.Ordinal);
        Assert.Equal(["id", "jobId", "jobStatus"], Fields(document, "tableImportJob"));
        var expected = operation.StartsWith("Create", StringComparison.Ordinal) ? new[] { "tableImportJob", "validationResult" } : ["tableImportJob"];
        Assert.Equal(expected, Fields(document, "result: "));
        if (operation.StartsWith("Create", StringComparison.Ordinal))
        {
            Assert.Equal(["validationStatus", "error"], Fields(document, "validationResult"));
            Assert.Equal(["code", "message"], Fields(document, "error"));
        }
    }

    [Fact]
    public void A_triggered_run_reads_back_only_clientMutationId()
    {
        Assert.Equal(["clientMutationId"], Fields(GraphQLDocuments.TriggerRun, "result: "));
    }

    /// <summary>The field names directly inside the first selection set that follows <paramref name="after"/>.</summary>
    private static List<string> Fields(string document, string after)
    {
        var at = document.IndexOf(after, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{after}' is not in the document");
        var i = document.IndexOf('{', at + after.Length) + 1;
        var names = new List<string>();
        var depth = 0;
        var parens = 0;
        for (; i < document.Length; i++)
        {
            var c = document[i];
            if (c == '(') { parens++; continue; }
            if (c == ')') { parens--; continue; }
            if (parens > 0) { continue; }
            if (c == '{') { depth++; continue; }
            if (c == '}')
            {
                if (depth-- == 0)
                {
                    return names;
                }

                continue;
            }

            if (depth == 0 && (char.IsLetter(c) || c == '_' || c == '.'))
            {
                var start = i;
                while (i + 1 < document.Length && (char.IsLetterOrDigit(document[i + 1]) || document[i + 1] is '_' or '.'))
                {
                    i++;
                }

                var name = document[start..(i + 1)];
                var next = i + 1;
                while (next < document.Length && document[next] == ' ')
                {
                    next++;
                }

                if (next < document.Length && document[next] == ':')
                {
                    i = next; // an alias, not a field
                    continue;
                }

                names.Add(name);
            }
        }

        throw new InvalidOperationException("unbalanced braces");
    }
}
