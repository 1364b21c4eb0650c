using System.Globalization;
using System.Text;
using System.Text.Json;
using TableImport.Client;

namespace TableImport.Cli.Output;

/// <summary>
/// <c>--json</c>: jobs, queries and mutation results with the client's field names (<c>jobId</c>, <c>jobStatus</c>,
/// <c>modelName</c>, ...), which are the API's own, and enum values as the API spells them (<c>inactive</c>,
/// <c>score_categorical</c>, <c>BigQuery</c>). Unset values are left out, as in a request.
/// </summary>
internal static class JobJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static string Jobs(IEnumerable<TableImportJobInfo> jobs) => Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var job in jobs)
        {
            Job(writer, job);
        }

        writer.WriteEndArray();
    });

    public static string Job(TableImportJobInfo job) => Write(writer => Job(writer, job));

    public static string Ref(TableImportJobRef job) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", job.Id);
        writer.WriteString("jobId", job.JobId);
        writer.WriteString("jobStatus", Status(job.JobStatus));
        writer.WriteEndObject();
    });

    public static string Queries(TableImportJobInfo job, TableImportQueryList list) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("jobId", job.JobId);
        writer.WriteNumber("totalCount", list.TotalCount);
        writer.WriteStartArray("queries");
        foreach (var query in list.Queries)
        {
            writer.WriteStartObject();
            writer.WriteString("queryId", query.QueryId);
            writer.WriteString("createdAt", query.CreatedAt);
            writer.WriteNumber("recordsProcessedCount", query.RecordsProcessedCount);
            Optional(writer, "windowStartTimestamp", query.WindowStartTimestamp);
            Optional(writer, "windowEndTimestamp", query.WindowEndTimestamp);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    public static string Triggered(TableImportTriggeredRun run) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("jobId", run.JobId);
        writer.WriteString("queryStart", run.QueryStart);
        writer.WriteString("queryEnd", run.QueryEnd);
        Optional(writer, "clientMutationId", run.ClientMutationId);
        writer.WriteEndObject();
    });

    /// <summary>The GraphQL spelling of a status: <c>active</c>, <c>inactive</c>, <c>deleted</c>.</summary>
    public static string Status(JobStatus status) => status.ToString().ToLowerInvariant();

    private static void Job(Utf8JsonWriter writer, TableImportJobInfo job)
    {
        writer.WriteStartObject();
        writer.WriteString("id", job.Id);
        writer.WriteString("jobId", job.JobId);
        writer.WriteString("jobStatus", Status(job.JobStatus));
        writer.WriteString("createdAt", job.CreatedAt);
        writer.WriteString("modelName", job.ModelName);
        Optional(writer, "modelId", job.ModelId);
        Optional(writer, "modelVersion", job.ModelVersion);
        writer.WriteString("modelType", GraphQLNames.Of(job.ModelType));
        writer.WriteString("modelEnvironmentName", GraphQLNames.Of(job.ModelEnvironmentName));
        Optional(writer, "batchId", job.BatchId);
        writer.WriteString("tableStore", GraphQLNames.Of(job.TableStore));
        Optional(writer, "table", job.Table);
        if (job.BigQueryTableConfig is { } bigQuery)
        {
            Optional(writer, "projectId", bigQuery.ProjectId);
            Optional(writer, "dataset", bigQuery.Dataset);
        }

        Schema(writer, job.Schema);
        var parameters = job.TableIngestionParameters;
        writer.WriteStartObject("tableIngestionParameters");
        Optional(writer, "rowLimit", parameters.RowLimit);
        Optional(writer, "refreshIntervalMinutes", parameters.RefreshIntervalMinutes);
        Optional(writer, "queryWindowSizeHours", parameters.QueryWindowSizeHours);
        writer.WriteEndObject();

        writer.WriteNumber("totalQueriesSuccessCount", job.TotalQueriesSuccessCount);
        writer.WriteNumber("totalQueriesFailedCount", job.TotalQueriesFailedCount);
        writer.WriteNumber("totalQueriesPendingCount", job.TotalQueriesPendingCount);
        writer.WriteEndObject();
    }

    /// <summary>The schema field by field from the catalog, each object-valued field with its parts.</summary>
    private static void Schema(Utf8JsonWriter writer, TableImportSchema schema)
    {
        writer.WriteStartObject("schema");
        foreach (var field in SchemaFields.All)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    Optional(writer, field.GraphQLName, field.GetList(schema));
                    break;
                case SchemaFieldKind.Embeddings:
                    if (field.GetEmbeddings(schema) is { Count: > 0 } embeddings)
                    {
                        writer.WriteStartArray(field.GraphQLName);
                        foreach (var embedding in embeddings)
                        {
                            writer.WriteStartObject();
                            foreach (var part in field.Parts)
                            {
                                Optional(writer, part.GraphQLName, part.Get(embedding));
                            }

                            writer.WriteEndObject();
                        }

                        writer.WriteEndArray();
                    }

                    break;
                case SchemaFieldKind.ObjectDetection:
                    if (field.GetBoxes(schema) is { } boxes)
                    {
                        writer.WriteStartObject(field.GraphQLName);
                        foreach (var part in field.Parts)
                        {
                            Optional(writer, part.GraphQLName, part.Get(boxes));
                        }

                        writer.WriteEndObject();
                    }

                    break;
                default:
                    Optional(writer, field.GraphQLName, field.GetText(schema));
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Optional(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } instant)
        {
            writer.WriteString(name, instant);
        }
    }

    private static void Optional(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
