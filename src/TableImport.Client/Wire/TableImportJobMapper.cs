using TableImport.Client.Wire;

namespace TableImport.Client;

/// <summary>
/// Turns what the server sent into the public records, with a <see cref="TableImportException"/> for anything malformed.
/// Every text taken from the response passes through the caller's redaction before it reaches a message.
/// </summary>
internal static class TableImportJobMapper
{
    /// <summary>A job's ids must be there and not blank: a job without them cannot be read again, nor changed.</summary>
    internal static void RequireIds(JobDto dto, string operation)
    {
        if (string.IsNullOrWhiteSpace(dto.Id) || string.IsNullOrWhiteSpace(dto.JobId))
        {
            throw Malformed(operation, "a job with an empty or missing id or jobId");
        }
    }

    /// <summary>
    /// The first enum value of the job this client does not know (a value made in the UI, or one Arize added later),
    /// described for people, e.g. <c>modelType 'time_series'</c>; null when every value is known.
    /// </summary>
    internal static string? UnknownValue(JobDto dto, Func<string, string> redact)
    {
        if (!GraphQLNames.TryParse(dto.ModelType, out ModelType _))
        {
            return Describe("modelType", dto.ModelType, redact);
        }

        if (!GraphQLNames.TryParse(dto.ModelEnvironmentName, out ModelEnvironment _))
        {
            return Describe("modelEnvironmentName", dto.ModelEnvironmentName, redact);
        }

        if (!GraphQLNames.TryParse(dto.TableStore, out TableStore _))
        {
            return Describe("tableStore", dto.TableStore, redact);
        }

        return TryParseStatus(dto.JobStatus, out _) ? null : Describe("jobStatus", dto.JobStatus, redact);
    }

    /// <summary>The job, or a <see cref="TableImportException"/> naming the value this client does not know.</summary>
    internal static TableImportJobInfo ToInfo(JobDto dto, string operation, Func<string, string> redact)
    {
        RequireIds(dto, operation);
        if (UnknownValue(dto, redact) is { } unknown)
        {
            throw Unknown(operation, dto, unknown, redact);
        }

        GraphQLNames.TryParse(dto.ModelType, out ModelType modelType);
        GraphQLNames.TryParse(dto.ModelEnvironmentName, out ModelEnvironment environment);
        GraphQLNames.TryParse(dto.TableStore, out TableStore store);
        TryParseStatus(dto.JobStatus, out var status);
        return new TableImportJobInfo(
            dto.Id!,
            dto.JobId!,
            dto.ModelName ?? "",
            dto.ModelId,
            modelType,
            environment,
            dto.ModelVersion,
            dto.BatchId,
            status,
            dto.CreatedAt,
            store,
            dto.Table,
            EventBased: null, // not reported by the API
            store == TableStore.BigQuery ? new BigQueryTableConfig { ProjectId = dto.ProjectId ?? "", Dataset = dto.Dataset ?? "", TableName = dto.Table ?? "" } : null,
            store == TableStore.Snowflake ? new SnowflakeTableConfig { TableName = dto.Table ?? "" } : null,
            store == TableStore.Databricks ? new DatabricksTableConfig { TableName = dto.Table ?? "" } : null,
            dto.Schema ?? new TableImportSchema(),
            new TableIngestionParameters
            {
                RowLimit = null, // not reported by the API
                RefreshIntervalMinutes = dto.TableIngestionParameters?.RefreshIntervalSeconds / 60,
                QueryWindowSizeHours = dto.TableIngestionParameters?.QueryWindowSizeSeconds / 3600,
            },
            dto.TotalQueriesSuccessCount,
            dto.TotalQueriesFailedCount,
            dto.TotalQueriesPendingCount);
    }

    /// <summary>What a mutation read back: <c>id jobId jobStatus</c>.</summary>
    internal static TableImportJobRef ToRef(JobDto dto, string operation, Func<string, string> redact)
    {
        RequireIds(dto, operation);
        return TryParseStatus(dto.JobStatus, out var status)
            ? new TableImportJobRef(dto.Id!, dto.JobId!, status)
            : throw Unknown(operation, dto, Describe("jobStatus", dto.JobStatus, redact), redact);
    }

    internal static TableImportQueryInfo ToInfo(QueryDto dto, string operation) =>
        new(dto.QueryId ?? throw Malformed(operation, "a query without queryId"), dto.CreatedAt, dto.RecordsProcessedCount, dto.WindowStartTimestamp, dto.WindowEndTimestamp);

    /// <summary>The validation result, its status, code and message redacted like every other server text.</summary>
    internal static TableImportValidationResult ToResult(ValidationResultDto? dto, string operation, Func<string, string> redact)
    {
        if (dto?.ValidationStatus is null)
        {
            throw Malformed(operation, "no validationResult");
        }

        return new TableImportValidationResult(
            redact(dto.ValidationStatus),
            dto.Error?.Code is { } code ? redact(code) : null,
            dto.Error?.Message is { } message ? redact(message) : null);
    }

    internal static TableImportException Malformed(string operation, string what) =>
        new(operation, TableImportException.Describe(operation, "the response was not what the schema promises: " + what, null, null));

    private static TableImportException Unknown(string operation, JobDto dto, string unknown, Func<string, string> redact) =>
        new(operation, TableImportException.Describe(operation, $"job '{redact(dto.JobId ?? "")}' has {unknown}, which this client version does not know", null, null));

    private static string Describe(string field, string? value, Func<string, string> redact) =>
        value is null ? field + " null" : $"{field} '{redact(value)}'";

    // A status read back as null means deleted, as a third-party client of the live API reads it [3p].
    private static bool TryParseStatus(string? text, out JobStatus status)
    {
        switch (text)
        {
            case null:
                status = JobStatus.Deleted;
                return true;
            case "active":
                status = JobStatus.Active;
                return true;
            case "inactive":
                status = JobStatus.Inactive;
                return true;
            case "deleted":
                status = JobStatus.Deleted;
                return true;
            default:
                status = default;
                return false;
        }
    }
}
