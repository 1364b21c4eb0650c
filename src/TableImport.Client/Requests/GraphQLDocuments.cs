using System.Globalization;
using System.Text;

namespace TableImport.Client;

/// <summary>
/// The GraphQL documents the client sends. Every mutation's field is aliased <c>result</c> so one response shape serves
/// them all.
/// </summary>
/// <remarks>
/// A GraphQL server rejects a whole document that names one field or type it does not have, so these select only fields
/// that Arize's public documentation (the seed page) shows or that a third-party client reads from the live API (see
/// docs/api/schema.graphql, where each field is tagged [seed]/[3p]/[inf]; nothing tagged [inf] is selected here), and
/// name only the types of <see cref="KnownGraphQLTypes"/>: every input without a known type name is written inline
/// (<see cref="InlineInputDocument"/>). Mutations read back only <c>id jobId jobStatus</c> (all three in the seed's
/// documents), plus the seed's <c>validationResult</c> on a create; a triggered run reads only <c>clientMutationId</c>,
/// the one field the seed selects. docs/api/compatibility.md lists everything these documents depend on.
/// </remarks>
internal static class GraphQLDocuments
{
    /// <summary>Every field of a job that lists and gets read: [seed] and [3p] fields only; the schema's from its catalog.</summary>
    internal static readonly string JobFields =
        "fragment JobFields on TableImportJob {\n"
        + "  id jobId jobStatus createdAt modelName modelId modelVersion modelType modelEnvironmentName batchId tableStore table projectId dataset\n"
        + "  schema {\n" + SchemaSelection("    ") + "  }\n"
        + "  tableIngestionParameters { refreshIntervalSeconds queryWindowSizeSeconds }\n"
        + "  totalQueriesSuccessCount totalQueriesFailedCount totalQueriesPendingCount\n"
        + "}";

    /// <summary>What a create reads back: the job's ids and status, and the seed's validation result.</summary>
    internal const string CreateSelection = "{\n    tableImportJob { id jobId jobStatus }\n    validationResult { validationStatus error { code message } }\n  }";

    private const string JobSelection = "{ tableImportJob { id jobId jobStatus } }";

    private const string QueryFields = "queryId createdAt recordsProcessedCount windowStartTimestamp windowEndTimestamp";

    internal const string DryRun = """
        mutation dryRunTableImportJob($input: CreateTableImportJobInput!) {
          result: createTableImportJob(input: $input) { validationResult { validationStatus error { code message } } }
        }
        """;

    internal const string CreateJob = """
        mutation createTableImportJob($input: CreateTableImportJobInput!) {
          result: createTableImportJob(input: $input) {
            tableImportJob { id jobId jobStatus }
            validationResult { validationStatus error { code message } }
          }
        }
        """;

    // tableJobs is read without totalCount: the seed never selects it on that connection.
    internal static readonly string ListJobs = """
        query listTableImportJobs($spaceId: ID!, $first: Int!, $after: String) {
          node(id: $spaceId) {
            ... on Space { tableJobs(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ...JobFields } } } }
          }
        }
        """ + JobFields;

    // The third-party client's form, tableJobs(search: $jobId, first: 1), paged in case the server's search matches loosely.
    internal static readonly string FindJob = """
        query findTableImportJob($spaceId: ID!, $jobId: String!, $first: Int!, $after: String) {
          node(id: $spaceId) {
            ... on Space { tableJobs(search: $jobId, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ...JobFields } } } }
          }
        }
        """ + JobFields;

    internal static readonly string GetJob = """
        query getTableImportJob($id: ID!) { node(id: $id) { ... on TableImportJob { ...JobFields } } }
        """ + JobFields;

    internal const string ListQueries = """
        query listTableImportJobQueries($id: ID!, $first: Int!, $after: String) {
          node(id: $id) {
            ... on TableImportJob { queries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { 
        """ + QueryFields + " } } } }\n  }\n}\n";

    /// <summary>
    /// Introspection of what the client's extras depend on (the update input's fields, the arguments of a space's
    /// fields), by the names the server itself gives its types: nothing here names a type the server might lack.
    /// </summary>
    internal const string ServerSupport = """
        query tableimportServerSupport {
          __schema {
            mutationType { fields { name args { name type { name kind ofType { name kind ofType { name kind } } } } } }
            types { name fields { name args { name } } inputFields { name } }
          }
        }
        """;

    internal static readonly string PauseJob = ByJobId("pauseTableImportJob");

    internal static readonly string StartJob = ByJobId("startTableImportJob");

    internal static readonly string DeleteJob = ByJobId("deleteTableImportJob");

    internal static readonly string UpdateIngestionParameters = new InlineInputDocument()
        .Variable("jobId", "jobId", "ID!")
        .Variable("tableIngestionParameters", "tableIngestionParameters", KnownGraphQLTypes.TableIngestionParametersInputType + "!")
        .Build("updateTableIngestionParameters", "updateTableIngestionParameters", JobSelection);

    /// <summary>
    /// <c>updateTableImportJob</c> with the fields <paramref name="fields"/> names, each a non-null variable: a field the
    /// update leaves alone is not in the document at all, so the document depends on no more of the server's input than
    /// the update uses.
    /// </summary>
    internal static string UpdateJob(UpdateJobFields fields)
    {
        var document = new InlineInputDocument().Variable("jobId", "jobId", "ID!");
        if (fields.HasFlag(UpdateJobFields.ModelVersion))
        {
            document.Variable("modelVersion", "modelVersion", "String!");
        }

        if (fields.HasFlag(UpdateJobFields.Schema))
        {
            document.Variable("schema", "schema", KnownGraphQLTypes.TableImportSchemaInputType + "!");
        }

        if (fields.HasFlag(UpdateJobFields.TableIngestionParameters))
        {
            document.Variable("tableIngestionParameters", "tableIngestionParameters", KnownGraphQLTypes.TableIngestionParametersInputType + "!");
        }

        return document.Build("updateTableImportJob", "updateTableImportJob", JobSelection);
    }

    /// <summary>
    /// <c>createTriggeredOngoingTableRun</c> for one time range: the timestamps are ISO 8601 UTC string literals, as the
    /// seed writes them (the type of <c>queryStart</c>/<c>queryEnd</c> has no evidence, so no variable can carry them).
    /// </summary>
    internal static string TriggerRun(DateTimeOffset queryStart, DateTimeOffset queryEnd) => new InlineInputDocument()
        .Variable("jobId", "jobId", "ID!")
        .Literal("queryStart", Timestamp(queryStart))
        .Literal("queryEnd", Timestamp(queryEnd))
        .Build("createTriggeredOngoingTableRun", "createTriggeredOngoingTableRun", "{ clientMutationId }");

    /// <summary>A quoted ISO 8601 UTC instant, <c>"2024-08-20T01:00:00Z"</c>, with a fraction only when there is one.</summary>
    internal static string Timestamp(DateTimeOffset value) =>
        "\"" + value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture) + "\"";

    /// <summary>
    /// Every field of the schema catalog (<see cref="SchemaFields"/>), a line per group of its fields and one for each
    /// object-valued field with its parts, each line indented by <paramref name="indent"/>.
    /// </summary>
    internal static string SchemaSelection(string indent)
    {
        var text = new StringBuilder();
        var line = new List<string>();
        SchemaFieldLayout? group = null;
        void EndLine()
        {
            if (line.Count > 0)
            {
                text.Append(indent).AppendJoin(' ', line).Append('\n');
                line.Clear();
            }
        }

        foreach (var field in SchemaFields.All)
        {
            if (field.Layout != group || field.Layout == SchemaFieldLayout.OwnLine)
            {
                EndLine();
                group = field.Layout;
            }

            line.Add(field.Parts.Count == 0 ? field.GraphQLName : field.GraphQLName + " { " + string.Join(' ', field.Parts.Select(p => p.GraphQLName)) + " }");
        }

        EndLine();
        return text.ToString();
    }

    private static string ByJobId(string mutation) =>
        new InlineInputDocument().Variable("jobId", "jobId", "ID!").Build(mutation, mutation, JobSelection);
}

/// <summary>
/// Which fields an <c>updateTableImportJob</c> sends besides <c>jobId</c>. Never <c>jobStatus</c>: a status changes through
/// the seed's pause, start and delete mutations, which every server the seed describes has.
/// </summary>
[Flags]
internal enum UpdateJobFields
{
    None = 0,
    ModelVersion = 1,
    Schema = 2,
    TableIngestionParameters = 4,
    All = ModelVersion | Schema | TableIngestionParameters,
}
