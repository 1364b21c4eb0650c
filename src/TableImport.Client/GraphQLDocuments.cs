namespace TableImport.Client;

/// <summary>
/// The GraphQL documents the client sends, as constants. Every mutation's field is aliased <c>result</c> so one response
/// shape serves them all.
/// </summary>
/// <remarks>
/// A GraphQL server rejects a whole document that names one field it does not have, so these select only fields that
/// Arize's public documentation (the seed page) shows or that a third-party client reads from the live API (see
/// docs/api/schema.graphql, where each field is tagged [seed]/[3p]/[inf]; nothing tagged [inf] is selected here).
/// Mutations read back only <c>id jobId jobStatus</c> (all three in the seed's documents), plus the seed's
/// <c>validationResult</c> on a create; a triggered run reads only <c>clientMutationId</c>, the one field the seed selects.
/// </remarks>
internal static class GraphQLDocuments
{
    /// <summary>Every field of a job that lists and gets read: [seed] and [3p] fields only.</summary>
    internal const string JobFields = """
        fragment JobFields on TableImportJob {
          id jobId jobStatus createdAt modelName modelId modelVersion modelType modelEnvironmentName batchId tableStore table projectId dataset
          schema {
            predictionId timestamp changeTimestamp version batchId predictionLabel predictionScore actualLabel actualScore
            features featuresList tags tagsList shapValues exclude
            embeddingFeatures { featureName vectorCol rawDataCol linkToDataCol }
            predictionGroupId rank relevanceScore relevanceLabel predictionScores actualScores thresholdScores
            predictionObjectDetection { boundingBoxesCoordinatesColumnName boundingBoxesCategoriesColumnName boundingBoxesScoresColumnName }
            actualObjectDetection { boundingBoxesCoordinatesColumnName boundingBoxesCategoriesColumnName boundingBoxesScoresColumnName }
          }
          tableIngestionParameters { refreshIntervalSeconds queryWindowSizeSeconds }
          totalQueriesSuccessCount totalQueriesFailedCount totalQueriesPendingCount
        }
        """;

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

    internal const string CreateEventBasedJob = """
        mutation createTriggeredOngoingTableImportJob($input: CreateTriggeredOngoingTableImportJobInput!) {
          result: createTriggeredOngoingTableImportJob(input: $input) {
            tableImportJob { id jobId jobStatus }
            validationResult { validationStatus error { code message } }
          }
        }
        """;

    // tableJobs is read without totalCount: the seed never selects it on that connection.
    internal const string ListJobs = """
        query listTableImportJobs($spaceId: ID!, $first: Int!, $after: String) {
          node(id: $spaceId) {
            ... on Space { tableJobs(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ...JobFields } } } }
          }
        }
        """ + JobFields;

    internal const string GetJob = """
        query getTableImportJob($id: ID!) { node(id: $id) { ... on TableImportJob { ...JobFields } } }
        """ + JobFields;

    internal const string ListQueries = """
        query listTableImportJobQueries($id: ID!, $first: Int!, $after: String) {
          node(id: $id) {
            ... on TableImportJob { queries(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { 
        """ + QueryFields + " } } } }\n  }\n}\n";

    internal const string PauseJob = """
        mutation pauseTableImportJob($input: PauseTableImportJobInput!) { result: pauseTableImportJob(input: $input) { tableImportJob { id jobId jobStatus } } }
        """;

    internal const string StartJob = """
        mutation startTableImportJob($input: StartTableImportJobInput!) { result: startTableImportJob(input: $input) { tableImportJob { id jobId jobStatus } } }
        """;

    internal const string DeleteJob = """
        mutation deleteTableImportJob($input: DeleteTableImportJobInput!) { result: deleteTableImportJob(input: $input) { tableImportJob { id jobId jobStatus } } }
        """;

    internal const string UpdateIngestionParameters = """
        mutation updateTableIngestionParameters($input: UpdateTableIngestionParametersInput!) {
          result: updateTableIngestionParameters(input: $input) { tableImportJob { id jobId jobStatus } }
        }
        """;

    internal const string UpdateJob = """
        mutation updateTableImportJob($input: UpdateTableImportJobInput!) { result: updateTableImportJob(input: $input) { tableImportJob { id jobId jobStatus } } }
        """;

    internal const string TriggerRun = """
        mutation createTriggeredOngoingTableRun($input: CreateTriggeredOngoingTableRunInput!) {
          result: createTriggeredOngoingTableRun(input: $input) { clientMutationId }
        }
        """;
}
