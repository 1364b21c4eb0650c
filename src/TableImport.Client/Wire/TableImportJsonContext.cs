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
