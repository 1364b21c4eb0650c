using TableImport.Scaffolding;

namespace TableImport.Client;

/// <summary>
/// A job of the space as a definition, and as the scaffold of the C# type that declares it
/// (<see cref="JobScaffoldWriter.Write"/>), with what the API does not report said in the scaffold's notes.
/// </summary>
public static class TableImportJobScaffolds
{
    /// <summary>
    /// The job as a definition, everything the server reported: model, type, environment, version and batch id, the table
    /// as far as it is reported (the rest <c>""</c>, see <see cref="TableImportJobInfo"/>), the schema and the ingestion
    /// parameters. A batch id that is only the server reporting the job's batch-id column is not taken for a fixed one.
    /// </summary>
    /// <param name="job">A job as the space reports it.</param>
    public static TableImportJobDefinition ToDefinition(this TableImportJobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var schema = CopyOf(job.Schema);
        var parameters = job.TableIngestionParameters;
        return new TableImportJobDefinition
        {
            ModelName = job.ModelName,
            ModelType = job.ModelType,
            ModelEnvironmentName = job.ModelEnvironmentName,
            ModelVersion = string.IsNullOrEmpty(job.ModelVersion) ? null : job.ModelVersion,
            // A job made with a batch-id column and no fixed batch id reports the column as its batchId; registration
            // compares a declared batch id only when one is set, so leaving the echo out changes nothing there.
            BatchId = string.IsNullOrEmpty(job.BatchId) || job.BatchId == schema.BatchId ? null : job.BatchId,
            TableStore = job.TableStore,
            BigQueryTableConfig = job.BigQueryTableConfig is { } bigQuery
                ? new BigQueryTableConfig { ProjectId = bigQuery.ProjectId, Dataset = bigQuery.Dataset, TableName = bigQuery.TableName }
                : null,
            SnowflakeTableConfig = job.SnowflakeTableConfig is { } snowflake
                ? new SnowflakeTableConfig { AccountID = snowflake.AccountID, Database = snowflake.Database, Schema = snowflake.Schema, TableName = snowflake.TableName }
                : null,
            DatabricksTableConfig = job.DatabricksTableConfig is { } databricks
                ? new DatabricksTableConfig
                {
                    HostName = databricks.HostName, Endpoint = databricks.Endpoint, Port = databricks.Port, AzureResourceId = databricks.AzureResourceId,
                    AzureTenantId = databricks.AzureTenantId, Catalog = databricks.Catalog, DatabricksSchema = databricks.DatabricksSchema, TableName = databricks.TableName,
                }
                : null,
            Schema = schema,
            TableIngestionParameters = parameters is { RowLimit: null, RefreshIntervalMinutes: null, QueryWindowSizeHours: null } or null
                ? null
                : new TableIngestionParameters { RowLimit = parameters.RowLimit, RefreshIntervalMinutes = parameters.RefreshIntervalMinutes, QueryWindowSizeHours = parameters.QueryWindowSizeHours },
            EventBased = job.EventBased ?? false,
        };
    }

    /// <summary>
    /// The scaffold of the type that declares the job: its definition, and notes on what the server does not report
    /// (the Snowflake and Databricks coordinates beyond the table's name, the row limit, whether a Snowflake job is event
    /// based), each saying what the type assumes and why registration still finds this very job.
    /// </summary>
    /// <param name="job">A job as the space reports it.</param>
    public static JobScaffold ToScaffold(this TableImportJobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var scaffold = new JobScaffold(job.ToDefinition())
        {
            Source = $"Scaffolded by `tableimport scaffold jobs` from job {job.JobId} ('{job.ModelName}', {GraphQLNames.Of(job.ModelType)}, {GraphQLNames.Of(job.ModelEnvironmentName)}).",
        };
        var notes = scaffold.Notes;
        switch (job.TableStore)
        {
            case TableStore.Snowflake:
                notes.Add("The Table Importer API reports a Snowflake job's table name only, not its account, database or schema. Registration finds "
                          + "this job by model, environment and table name, so it never sends them for it; a job made anew from this type would.");
                if (job.EventBased is null)
                {
                    notes.Add("The API does not report whether a Snowflake job is event based (made with createTriggeredOngoingTableImportJob): "
                              + "EventBased = false is assumed; set it to true if this job is triggered. Registration compares neither way.");
                }

                break;
            case TableStore.Databricks:
                notes.Add("The Table Importer API reports a Databricks job's table name only, not its host, endpoint, catalog or schema. Registration "
                          + "finds this job by model, environment and table name, so it never sends them for it; a job made anew from this type would.");
                break;
        }

        if (job.TableIngestionParameters is { RowLimit: null } and ({ RefreshIntervalMinutes: not null } or { QueryWindowSizeHours: not null }))
        {
            notes.Add("The API does not report the row limit: add RowLimit = N to [IngestionParameters] if the job has one (registration leaves an unreported value as it is).");
        }

        if (job.JobStatus == JobStatus.Inactive)
        {
            notes.Add("The job is paused in the space; registration leaves it paused.");
        }

        return scaffold;
    }

    // Through the catalog, so a field added to the schema is copied without a change here.
    private static TableImportSchema CopyOf(TableImportSchema source)
    {
        var copy = new TableImportSchema();
        foreach (var field in SchemaFields.All)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    field.SetList(copy, field.GetList(source) is { } list ? [.. list] : null);
                    break;
                case SchemaFieldKind.Embeddings:
                    field.SetEmbeddings(copy, field.GetEmbeddings(source)?.Select(e =>
                    {
                        var item = new EmbeddingFeatureColumns();
                        foreach (var part in field.Parts)
                        {
                            part.Set(item, part.Get(e));
                        }

                        return item;
                    }).ToList());
                    break;
                case SchemaFieldKind.ObjectDetection:
                    if (field.GetBoxes(source) is { } boxes)
                    {
                        var item = new ObjectDetectionColumns();
                        foreach (var part in field.Parts)
                        {
                            part.Set(item, part.Get(boxes));
                        }

                        field.SetBoxes(copy, item);
                    }

                    break;
                default:
                    field.SetText(copy, field.GetText(source));
                    break;
            }
        }

        return copy;
    }
}
