using System.Buffers;
using System.Text.Json;

namespace TableImport.Client;

/// <summary>
/// Writes the JSON bodies (<c>{"operationName", "query", "variables"}</c>) of the client's requests straight from the
/// definition model with a <see cref="Utf8JsonWriter"/>: no intermediate objects, no reflection, and every name and
/// document pre-encoded once. Values a definition leaves <see langword="null"/> are left out, never sent as null.
/// </summary>
internal static partial class TableImportRequestWriter
{
    // Creating a job is the hot path (benchmarked); one writer per thread keeps it from allocating anything but the JSON.
    [ThreadStatic] private static Utf8JsonWriter? cachedWriter;

    // The body goes to an API, never into HTML, so HTML-sensitive and non-ASCII characters need no escaping (quotes,
    // backslashes and control characters still are); the relaxed encoder is also more than twice as fast here.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // What a cached writer points at between calls; never written to.
    private static readonly IBufferWriter<byte> Detached = new ArrayBufferWriter<byte>(1);

    internal static void WriteJobIdMutation(IBufferWriter<byte> output, TableImportOperation operation, string jobId)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, operation);
            writer.WriteString(Names.JobId, jobId);
            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    internal static void WriteUpdateIngestionParametersRequest(IBufferWriter<byte> output, string jobId, TableIngestionParameters parameters)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, TableImportOperation.UpdateIngestionParameters);
            writer.WriteString(Names.JobId, jobId);
            WriteIngestionParameters(writer, parameters);
            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary><c>updateTableImportJob</c> with what <paramref name="update"/> sets but its status; the document names only those fields.</summary>
    internal static void WriteUpdateJobRequest(IBufferWriter<byte> output, string jobId, TableImportJobUpdate update)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, Names.OperationNameOf(TableImportOperation.UpdateJob), Names.UpdateJobDocumentOf(update.Fields));
            writer.WriteString(Names.JobId, jobId);
            WriteOptional(writer, Names.ModelVersion, update.ModelVersion);
            if (update.Schema is { } schema)
            {
                WriteSchema(writer, schema);
            }

            if (update.TableIngestionParameters is { } parameters)
            {
                WriteIngestionParameters(writer, parameters);
            }

            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    internal static void WriteTriggerRunRequest(IBufferWriter<byte> output, string jobId, DateTimeOffset queryStart, DateTimeOffset queryEnd)
    {
        var variables = new ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(variables, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString(Names.JobId, jobId);
            json.WriteEndObject();
        }

        var document = JsonEncodedText.Encode(GraphQLDocuments.TriggerRun(queryStart, queryEnd), WriterOptions.Encoder);
        WriteRequest(output, Names.OperationNameOf(TableImportOperation.TriggerRun), document, variables.WrittenSpan);
    }

    /// <summary>A query without variables, such as the introspection of <see cref="GraphQLDocuments.ServerSupport"/>.</summary>
    internal static void WriteQuery(IBufferWriter<byte> output, TableImportOperation operation)
    {
        var writer = Rent(output);
        try
        {
            WriteEnvelopeStart(writer, operation);
            WriteEnvelopeEnd(writer);
        }
        finally
        {
            Return(writer);
        }
    }

    /// <summary>A query on <c>node(id:)</c>, paged or not: variables <c>{idName: id[, jobId: search][, first, after]}</c>.</summary>
    internal static void WriteNodeQuery(IBufferWriter<byte> output, TableImportOperation operation, JsonEncodedText idName, string id, int? first, string? after, string? search = null)
    {
        var writer = Rent(output);
        try
        {
            writer.WriteStartObject();
            writer.WriteString(Names.OperationName, Names.OperationNameOf(operation));
            writer.WriteString(Names.Query, Names.DocumentOf(operation));
            writer.WriteStartObject(Names.Variables);
            writer.WriteString(idName, id);
            if (search is not null)
            {
                writer.WriteString(Names.JobId, search);
            }

            if (first is { } count)
            {
                writer.WriteNumber(Names.First, count);
            }

            if (after is not null)
            {
                writer.WriteString(Names.After, after);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        finally
        {
            Return(writer);
        }
    }

    private static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = cachedWriter;
        if (writer is null)
        {
            return new Utf8JsonWriter(output, WriterOptions);
        }

        cachedWriter = null;
        writer.Reset(output);
        return writer;
    }

    private static void Return(Utf8JsonWriter writer)
    {
        writer.Flush();
        // Drops the reference to the caller's buffer so a cached writer keeps nothing alive.
        writer.Reset(Detached);
        cachedWriter = writer;
    }

    private static void WriteEnvelopeStart(Utf8JsonWriter writer, TableImportOperation operation) =>
        WriteEnvelopeStart(writer, Names.OperationNameOf(operation), Names.DocumentOf(operation));

    /// <summary>Opens <c>{"operationName", "query", "variables": {</c>; the caller writes the variables.</summary>
    private static void WriteEnvelopeStart(Utf8JsonWriter writer, JsonEncodedText operationName, JsonEncodedText document)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.OperationName, operationName);
        writer.WriteString(Names.Query, document);
        writer.WriteStartObject(Names.Variables);
    }

    private static void WriteEnvelopeEnd(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>A whole body whose document was built for this request and whose variables are already written.</summary>
    private static void WriteRequest(IBufferWriter<byte> output, JsonEncodedText operationName, JsonEncodedText document, ReadOnlySpan<byte> variables)
    {
        var writer = Rent(output);
        try
        {
            writer.WriteStartObject();
            writer.WriteString(Names.OperationName, operationName);
            writer.WriteString(Names.Query, document);
            writer.WritePropertyName(Names.Variables);
            writer.WriteRawValue(variables, skipInputValidation: true);
            writer.WriteEndObject();
        }
        finally
        {
            Return(writer);
        }
    }
}
