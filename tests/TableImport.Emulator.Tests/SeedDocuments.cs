namespace TableImport.Emulator.Tests;

/// <summary>
/// Every GraphQL document of the seed (/work/shared/seed/table-importer-api.txt), copied verbatim: only the page's
/// "Copy" button label in front of each block is left out. Odd commas, missing commas and comments are the seed's own.
/// </summary>
internal static class SeedDocuments
{
    /// <summary>The dry run mutation of "Creating Import Jobs", variables form.</summary>
    public const string DryRunWithVariables = """
        mutation dryRunTableImportJob ($input: CreateTableImportJobInput ! ) {
        createTableImportJob(input: $input) {
        validationResult {
        validationStatus
        error {
        message
        }
        }
        }
        }
        """;

    /// <summary>Its variables.</summary>
    public const string DryRunVariables = """
        {
        "input" : {
        "spaceId" : "space_id" ,
        "modelName" : "My Test Model" ,
        "modelType" : "score_categorical" ,
        "modelEnvironmentName" : "production" ,
        "tableStore" : "BigQuery" ,
        "bigQueryTableConfig" : {
        "projectId" : "test-project-id" ,
        "dataset" : "test-dataset" ,
        "tableName" : "test-table"
        } ,
        "schema" : {
        "predictionId" : "prediction_id" ,
        "predictionLabel" : "prediction" ,
        "timestamp" : "prediction_ts" ,
        "features" : "feature_" ,
        "actualLabel" : "actual" ,
        "version" : "model_version" ,
        "tags" : "tag_" ,
        "changeTimestamp" : "partition_timestamp"
        } ,
        "dryRun" : true
        }
        }
        """;

    /// <summary>The dry run mutation with the inputs passed directly.</summary>
    public const string DryRunInline = """
        mutation {
        createTableImportJob(input: {
        spaceId : "space_id" ,
        modelName : "My Test Model" ,
        modelType : score_categorical,
        modelEnvironmentName : production,
        tableStore : BigQuery,
        bigQueryTableConfig : {
        projectId : "test-project-id" ,
        dataset : "test-dataset" ,
        tableName : "test-table"
        },
        schema : {
        predictionId : "prediction_id" ,
        predictionLabel : "prediction" ,
        timestamp : "prediction_ts" ,
        features : "feature_" ,
        actualLabel : "actual" ,
        version : "model_version" ,
        tags : "tag_" ,
        changeTimestamp : "partition_timestamp"
        },
        dryRun : true
        }){
        validationResult {
        validationStatus
        error {
        message
        }
        }
        }
        }
        """;

    /// <summary>The create mutation, variables form.</summary>
    public const string CreateWithVariables = """
        mutation createTableImportJob ($input: CreateTableImportJobInput ! ) {
        createTableImportJob(input: $input) {
        tableImportJob {
        id
        }
        }
        }
        """;

    /// <summary>Its variables.</summary>
    public const string CreateVariables = """
        {
        "input" : {
        "spaceId" : "space_id" ,
        "modelName" : "My Test Model" ,
        "modelType" : "score_categorical" ,
        "modelEnvironmentName" : "production" ,
        "tableStore" : "BigQuery" ,
        "bigQueryTableConfig" : {
        "projectId" : "test-project-id" ,
        "dataset" : "test-dataset" ,
        "tableName" : "test-table"
        } ,
        "schema" : {
        "predictionId" : "prediction_id" ,
        "predictionLabel" : "prediction" ,
        "timestamp" : "prediction_ts" ,
        "features" : "feature_" ,
        "actualLabel" : "actual" ,
        "version" : "model_version" ,
        "tags" : "tag_" ,
        "changeTimestamp" : "partition_timestamp"
        }
        }
        }
        """;

    /// <summary>The create mutation with the inputs passed directly.</summary>
    public const string CreateInline = """
        mutation {
        createTableImportJob(input: {
        spaceId : "space_id" ,
        modelName : "My Test Model" ,
        modelType : score_categorical,
        modelEnvironmentName : production,
        tableStore : BigQuery,
        bigQueryTableConfig : {
        projectId : "test-project-id" ,
        dataset : "test-dataset" ,
        tableName : "test-table"
        },
        schema : {
        predictionId : "prediction_id" ,
        predictionLabel : "prediction" ,
        timestamp : "prediction_ts" ,
        features : "feature_" ,
        actualLabel : "actual" ,
        version : "model_version" ,
        tags : "tag_" ,
        changeTimestamp : "partition_timestamp"
        }
        }){
        tableImportJob {
        id
        }
        }
        }
        """;

    /// <summary>"Querying for Import Jobs": the jobs of a space.</summary>
    public const string ListSpaceJobs = """
        query {
        node(id: "space_id" ) {
        ... on Space {
        tableJobs(first: 50 ) {
        edges {
        node {
        id
        modelName
        jobStatus
        totalQueriesFailedCount
        totalQueriesSuccessCount
        }
        }
        }
        }
        }
        }
        """;

    /// <summary>The queries of one job (placeholder id "ID").</summary>
    public const string ListJobQueries = """
        query {
        node(id: "ID" ) {
        ... on TableImportJob {
        queries(first: 10 ) {
        totalCount
        edges{
        node {
        queryId
        createdAt
        recordsProcessedCount
        windowStartTimestamp
        windowEndTimestamp
        }
        }
        }
        }
        }
        }
        """;

    /// <summary>"Pausing Import Jobs" (placeholder id "ID").</summary>
    public const string PauseJob = """
        mutation {
        pauseTableImportJob(input: { jobId : "ID" }) {
        tableImportJob {
        jobStatus
        }
        }
        }
        """;

    /// <summary>"Resuming Import Jobs" (placeholder id "ID").</summary>
    public const string StartJob = """
        mutation {
        startTableImportJob(input: { jobId : "ID" }) {
        tableImportJob {
        jobStatus
        }
        }
        }
        """;

    /// <summary>"Event-Based Table Import Jobs", step 1.</summary>
    public const string CreateEventBasedJob = """
        mutation CreateTableJob {
        createTriggeredOngoingTableImportJob(input: {
        spaceId : "space_id" ,
        modelName : "model-name" ,
        modelType : score_categorical,
        modelEnvironmentName : production,
        tableStore : Snowflake,
        snowflakeTableConfig : {
        accountID : "snowflake-account-id" ,
        schema : "snowflake-schema" ,
        database : "database-name" ,
        tableName : "table-name"
        },
        schema : {
        predictionId : "PRED_ID" ,
        predictionLabel : "PRED_LABEL"
        timestamp : "TIMESTAMP" ,
        featuresList : [],
        tagsList : [],
        changeTimestamp : "CHANGE_TIMESTAMP" ,
        }
        }) {
        tableImportJob{
        jobId
        jobStatus
        }
        space{
        id
        }
        validationResult{
        error {
        code
        message
        }
        validationStatus
        }
        }
        }
        """;

    /// <summary>Step 2.</summary>
    public const string QueryTableJobId = """
        query queryTableJobId {
        node(id: "spaceId" ) {
        ... on Space {
        tableJobs(first: 1 ){
        edges{
        node{
        id
        jobId
        }
        }
        }
        }
        }
        }
        """;

    /// <summary>Step 3 (placeholder id "&lt;ID from above query&gt;").</summary>
    public const string TriggerTableRun = """
        mutation TriggerTableRun {
        createTriggeredOngoingTableRun(input: {
        jobId : "<ID from above query>" ,
        queryStart : "2024-08-20T01:00:00Z" , #desired start time for query
        queryEnd : "2024-08-20T23:00:00Z" , #desired end time for query
        }) {
        clientMutationId
        }
        }
        """;

    /// <summary>"Deleting Import Jobs" (placeholder id "ID").</summary>
    public const string DeleteJob = """
        mutation {
        deleteTableImportJob(input: { jobId : "ID" }) {
        tableImportJob {
        jobStatus
        }
        }
        }
        """;

    /// <summary>"Updating Table Ingestion Parameters" (placeholder id "job_id").</summary>
    public const string UpdateIngestionParameters = """
        mutation {
        updateTableIngestionParameters(input: {
        jobId : "job_id" ,
        tableIngestionParameters : {
        rowLimit : 50000 ,
        refreshIntervalMinutes : 60 ,
        queryWindowSizeHours : 24
        }
        }) {
        tableImportJob {
        id
        }
        }
        }
        """;

    /// <summary>"Updating Table Ingestion Schema" (the seed gives no variables).</summary>
    public const string UpdateJobWithVariables = """
        mutation updateTableImportJob (
        $jobId: ID ! ,
        $schema: TableImportSchemaInputType ! ,
        $tableIngestionParameters: TableIngestionParametersInputType !
        ) {
        updateTableImportJob(input: {
        jobId : $jobId,
        schema : $schema,
        tableIngestionParameters : $tableIngestionParameters
        }) {
        tableImportJob {
        id
        }
        }
        }
        """;
}
