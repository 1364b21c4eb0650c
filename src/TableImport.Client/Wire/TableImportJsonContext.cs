using System.Text.Json.Serialization;

namespace TableImport.Client.Wire;

/// <summary>
/// Source-generated metadata for every response shape: no reflection at run time, so the client trims and compiles
/// with Native AOT. Requests are not serialized through it; <see cref="TableImportRequestWriter"/> writes them.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(GraphQLResponse<MutationData<ValidationResultOnly>>))]
[JsonSerializable(typeof(GraphQLResponse<MutationData<CreateJobPayload>>))]
[JsonSerializable(typeof(GraphQLResponse<MutationData<JobPayload>>))]
[JsonSerializable(typeof(GraphQLResponse<MutationData<TriggerRunPayload>>))]
[JsonSerializable(typeof(GraphQLResponse<NodeData<SpaceNode>>))]
[JsonSerializable(typeof(GraphQLResponse<NodeData<JobDto>>))]
[JsonSerializable(typeof(GraphQLResponse<NodeData<JobQueriesNode>>))]
[JsonSerializable(typeof(GraphQLResponse<ErrorsOnly>))]
[JsonSerializable(typeof(GraphQLResponse<IntrospectionData>))]
internal sealed partial class TableImportJsonContext : JsonSerializerContext
{
}

/// <summary>A dry run asks for the validation result only.</summary>
internal sealed class ValidationResultOnly
{
    public ValidationResultDto? ValidationResult { get; set; }
}

/// <summary>The body of a failed HTTP response, read only for its <c>errors</c>.</summary>
internal sealed class ErrorsOnly
{
}

/// <summary>The introspection the client reads to know what a server's schema lacks (<see cref="GraphQLDocuments.ServerSupport"/>).</summary>
internal sealed class IntrospectionData
{
    [JsonPropertyName("__schema")]
    public IntrospectedSchemaDto? Schema { get; set; }
}

internal sealed class IntrospectedSchemaDto
{
    public IntrospectedTypeDto? MutationType { get; set; }

    public List<IntrospectedTypeDto>? Types { get; set; }
}

internal sealed class IntrospectedTypeDto
{
    public string? Name { get; set; }

    public List<IntrospectedFieldDto>? Fields { get; set; }

    public List<IntrospectedInputValueDto>? InputFields { get; set; }
}

internal sealed class IntrospectedFieldDto
{
    public string? Name { get; set; }

    public List<IntrospectedInputValueDto>? Args { get; set; }
}

internal sealed class IntrospectedInputValueDto
{
    public string? Name { get; set; }

    public IntrospectedTypeRefDto? Type { get; set; }
}

internal sealed class IntrospectedTypeRefDto
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public IntrospectedTypeRefDto? OfType { get; set; }
}
