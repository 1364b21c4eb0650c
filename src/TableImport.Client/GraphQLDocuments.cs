namespace TableImport.Client;

/// <summary>
/// The GraphQL documents the client sends, as constants. Every mutation's field is aliased <c>result</c> so one response
/// shape serves them all; every job is read back whole (<see cref="JobFields"/>) so the start-up registrar can compare it
/// with a definition.
/// </summary>
internal static class GraphQLDocuments
{
    internal const string JobFields = """
        fragment JobFields on TableImportJob {
          id jobId modelName modelId modelType modelEnvironmentName modelVersion batchId jobStatus createdAt tableStore eventBased
          bigQueryTableConfig { projectId dataset tableName }
          snowflakeTableConfig { accountID schema database tableName }
          databricksTableConfig { hostName endpoint port azureResourceId azureTenantId catalog databricksSchema tableName }
          schema {
            predictionId timestamp changeTimestamp version batchId predictionLabel predictionScore actualLabel actualScore
            features featuresList tags tagsList shapValues exclude
            embeddingFeatures { featureName vectorCol rawDataCol linkToDataCol }
            predictionGroupId rank relevanceScore relevanceLabel predictionScores actualScores thresholdScores
            predictionObjectDetection { boundingBoxesCoordinatesColumnName boundingBoxesCategoriesColumnName boundingBoxesScoresColumnName }
            actualObjectDetection { boundingBoxesCoordinatesColumnName boundingBoxesCategoriesColumnName boundingBoxesScoresColumnName }
          }
          tableIngestionParameters { rowLimit refreshIntervalMinutes queryWindowSizeHours }
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
            tableImportJob { ...JobFields }
            validationResult { validationStatus error { code message } }
          }
        }
        """ + JobFields;

    internal const string CreateEventBasedJob = """
        mutation createTriggeredOngoingTableImportJob($input: CreateTriggeredOngoingTableImportJobInput!) {
          result: createTriggeredOngoingTableImportJob(input: $input) {
            tableImportJob { ...JobFields }
            validationResult { validationStatus error { code message } }
          }
        }
        """ + JobFields;

    internal const string ListJobs = """
        query listTableImportJobs($spaceId: ID!, $first: Int!, $after: String) {
          node(id: $spaceId) {
            ... on Space { tableJobs(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...JobFields } } } }
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
        mutation pauseTableImportJob($input: PauseTableImportJobInput!) { result: pauseTableImportJob(input: $input) { tableImportJob { ...JobFields } } }
        """ + JobFields;

    internal const string StartJob = """
        mutation startTableImportJob($input: StartTableImportJobInput!) { result: startTableImportJob(input: $input) { tableImportJob { ...JobFields } } }
        """ + JobFields;

    internal const string DeleteJob = """
        mutation deleteTableImportJob($input: DeleteTableImportJobInput!) { result: deleteTableImportJob(input: $input) { tableImportJob { ...JobFields } } }
        """ + JobFields;

    internal const string UpdateIngestionParameters = """
        mutation updateTableIngestionParameters($input: UpdateTableIngestionParametersInput!) {
          result: updateTableIngestionParameters(input: $input) { tableImportJob { ...JobFields } }
        }
        """ + JobFields;

    internal const string UpdateJob = """
        mutation updateTableImportJob($input: UpdateTableImportJobInput!) { result: updateTableImportJob(input: $input) { tableImportJob { ...JobFields } } }
        """ + JobFields;

    internal const string TriggerRun = """
        mutation createTriggeredOngoingTableRun($input: CreateTriggeredOngoingTableRunInput!) {
          result: createTriggeredOngoingTableRun(input: $input) { tableImportJob { ...JobFields } query { 
        """ + QueryFields + " } }\n}\n" + JobFields;
}
