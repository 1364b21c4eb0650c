using TableImport.Client.Wire;

namespace TableImport.Client;

/// <summary>Turns what the server sent into the public records, with a <see cref="TableImportException"/> for anything malformed.</summary>
internal static class TableImportJobMapper
{
    internal static TableImportJobInfo ToInfo(JobDto dto, string operation)
    {
        if (dto.Id is null || dto.JobId is null)
        {
            throw Malformed(operation, "a job without id or jobId");
        }

        if (!GraphQLNames.TryParse(dto.ModelType, out ModelType modelType))
        {
            throw Malformed(operation, $"unknown modelType '{dto.ModelType}'");
        }

        if (!GraphQLNames.TryParse(dto.ModelEnvironmentName, out ModelEnvironment environment))
        {
            throw Malformed(operation, $"unknown modelEnvironmentName '{dto.ModelEnvironmentName}'");
        }

        if (!GraphQLNames.TryParse(dto.TableStore, out TableStore store))
        {
            throw Malformed(operation, $"unknown tableStore '{dto.TableStore}'");
        }

        return new TableImportJobInfo(
            dto.Id,
            dto.JobId,
            dto.ModelName ?? "",
            dto.ModelId,
            modelType,
            environment,
            dto.ModelVersion,
            dto.BatchId,
            ParseStatus(dto.JobStatus, operation),
            dto.CreatedAt,
            store,
            dto.EventBased,
            dto.BigQueryTableConfig,
            dto.SnowflakeTableConfig,
            dto.DatabricksTableConfig,
            dto.Schema ?? new TableImportSchema(),
            dto.TableIngestionParameters ?? new TableIngestionParameters(),
            dto.TotalQueriesSuccessCount,
            dto.TotalQueriesFailedCount,
            dto.TotalQueriesPendingCount);
    }

    internal static TableImportQueryInfo ToInfo(QueryDto dto, string operation) =>
        new(dto.QueryId ?? throw Malformed(operation, "a query without queryId"), dto.CreatedAt, dto.RecordsProcessedCount, dto.WindowStartTimestamp, dto.WindowEndTimestamp);

    internal static TableImportValidationResult ToResult(ValidationResultDto? dto, string operation)
    {
        if (dto?.ValidationStatus is null)
        {
            throw Malformed(operation, "no validationResult");
        }

        return new TableImportValidationResult(dto.ValidationStatus, dto.Error?.Code, dto.Error?.Message);
    }

    internal static TableImportException Malformed(string operation, string what) =>
        new(operation, TableImportException.Describe(operation, "the response was not what the schema promises: " + what, null, null));

    private static JobStatus ParseStatus(string? text, string operation) => text switch
    {
        "active" => JobStatus.Active,
        "inactive" => JobStatus.Inactive,
        "deleted" => JobStatus.Deleted,
        _ => throw Malformed(operation, $"unknown jobStatus '{text}'"),
    };
}
