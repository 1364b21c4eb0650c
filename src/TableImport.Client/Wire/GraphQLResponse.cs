namespace TableImport.Client.Wire;

// The response shapes the client reads, deserialized by the source-generated TableImportJsonContext. Enums arrive as
// strings and are mapped by TableImportJobMapper, so an unexpected spelling becomes a TableImportException, not a JsonException.

internal sealed class GraphQLResponse<TData>
{
    public TData? Data { get; set; }

    public List<GraphQLError>? Errors { get; set; }
}

internal sealed class GraphQLError
{
    public string? Message { get; set; }

    public GraphQLErrorExtensions? Extensions { get; set; }
}

internal sealed class GraphQLErrorExtensions
{
    public string? Code { get; set; }
}

/// <summary>Every mutation's field is aliased <c>result</c> in <see cref="GraphQLDocuments"/>.</summary>
internal sealed class MutationData<TPayload>
{
    public TPayload? Result { get; set; }
}

internal sealed class NodeData<TNode>
{
    public TNode? Node { get; set; }
}

internal sealed class CreateJobPayload
{
    public JobDto? TableImportJob { get; set; }

    public ValidationResultDto? ValidationResult { get; set; }
}

internal sealed class JobPayload
{
    public JobDto? TableImportJob { get; set; }
}

internal sealed class TriggerRunPayload
{
    public string? ClientMutationId { get; set; }
}

internal sealed class ValidationResultDto
{
    public string? ValidationStatus { get; set; }

    public ValidationErrorDto? Error { get; set; }
}

internal sealed class ValidationErrorDto
{
    public string? Code { get; set; }

    public string? Message { get; set; }
}

internal sealed class SpaceNode
{
    public Connection<JobDto>? TableJobs { get; set; }
}

internal sealed class JobQueriesNode
{
    public Connection<QueryDto>? Queries { get; set; }
}

internal sealed class Connection<TNode>
{
    public int TotalCount { get; set; }

    public PageInfoDto? PageInfo { get; set; }

    public List<Edge<TNode>>? Edges { get; set; }
}

internal sealed class Edge<TNode>
{
    public TNode? Node { get; set; }
}

internal sealed class PageInfoDto
{
    public bool HasNextPage { get; set; }

    public string? EndCursor { get; set; }
}

internal sealed class QueryDto
{
    public string? QueryId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int RecordsProcessedCount { get; set; }

    public DateTimeOffset? WindowStartTimestamp { get; set; }

    public DateTimeOffset? WindowEndTimestamp { get; set; }
}

internal sealed class JobDto
{
    public string? Id { get; set; }

    public string? JobId { get; set; }

    public string? ModelName { get; set; }

    public string? ModelId { get; set; }

    public string? ModelType { get; set; }

    public string? ModelEnvironmentName { get; set; }

    public string? ModelVersion { get; set; }

    public string? BatchId { get; set; }

    public string? JobStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? TableStore { get; set; }

    public string? Table { get; set; }

    public string? ProjectId { get; set; }

    public string? Dataset { get; set; }

    public TableImportSchema? Schema { get; set; }

    public IngestionParametersDto? TableIngestionParameters { get; set; }

    public int TotalQueriesSuccessCount { get; set; }

    public int TotalQueriesFailedCount { get; set; }

    public int TotalQueriesPendingCount { get; set; }
}

/// <summary>The ingestion parameters as the server reports them: in seconds, where the inputs take minutes and hours [3p].</summary>
internal sealed class IngestionParametersDto
{
    public int? RefreshIntervalSeconds { get; set; }

    public int? QueryWindowSizeSeconds { get; set; }
}
