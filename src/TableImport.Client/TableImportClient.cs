using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using TableImport.Client.Wire;

namespace TableImport.Client;

/// <summary>
/// A typed client for every operation of Arize's Table Importer GraphQL API. Thread-safe; keep one per endpoint and key.
/// </summary>
/// <remarks>
/// Retries live in one place only, the client's own resilience pipeline, whether it was built with <c>new</c> or
/// registered with <c>AddTableImportClient</c>: every call that is safe to repeat is retried after a 5xx, a 429 (after
/// its <c>Retry-After</c>), a timeout or a connection failure, and every attempt takes a permit of the client-side rate
/// limiter. A real create (and a triggered run) is retried only when the server provably did nothing (a 429, a connection
/// never made); when its outcome is unknown it throws <see cref="TableImportOutcomeUnknownException"/> instead of
/// risking a second job.
/// </remarks>
public sealed partial class TableImportClient : IDisposable
{
    private readonly HttpClient http;
    private readonly TableImportClientOptions options;
    private readonly ILogger logger;
    private readonly TableImportRateLimits limits;
    private readonly bool ownsLimits;
    private readonly ResiliencePipeline<HttpResponseMessage> pipeline;

    // Set once the server has answered that its tableJobs takes no search: FindJobAsync pages from then on.
    private volatile bool searchUnsupported;

    /// <summary>Creates a client that sends through <paramref name="http"/> with <paramref name="options"/>.</summary>
    /// <param name="http">The HttpClient to send with; the caller keeps owning it.</param>
    /// <param name="options">Endpoint, key, space and limits; copied, so later edits do not change this client.</param>
    public TableImportClient(HttpClient http, TableImportClientOptions options)
        : this(http, options, null, null)
    {
    }

    /// <summary>Creates a client that sends through <paramref name="http"/> with <paramref name="options"/> and logs to <paramref name="logger"/>.</summary>
    /// <param name="http">The HttpClient to send with; the caller keeps owning it.</param>
    /// <param name="options">Endpoint, key, space and limits; copied, so later edits do not change this client.</param>
    /// <param name="logger">Where to log; never receives the API key.</param>
    public TableImportClient(HttpClient http, TableImportClientOptions options, ILogger<TableImportClient>? logger)
        : this(http, options, logger, null)
    {
    }

    internal TableImportClient(HttpClient http, TableImportClientOptions options, ILogger? logger, TableImportRateLimits? sharedLimits)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        this.http = http;
        this.options = options.Clone();
        this.logger = logger ?? NullLogger.Instance;
        ownsLimits = sharedLimits is null;
        limits = sharedLimits ?? new TableImportRateLimits(options.MaxQueriesPerMinute, options.MaxMutationsPerMinute);
        pipeline = TableImportResilience.Build(this.options, limits, this.logger);
    }

    /// <summary>The settings this client uses (a copy; <see cref="TableImportClientOptions.ToString"/> redacts the secrets).</summary>
    public TableImportClientOptions Options => options.Clone();

    /// <summary>
    /// Validates <paramref name="definition"/> without creating anything (<c>createTableImportJob</c> with <c>dryRun: true</c>).
    /// A failed validation is returned, not thrown. A definition that breaks Arize rules
    /// (<see cref="TableImportJobDefinition.Validate"/>) fails with them in <see cref="TableImportValidationResult.Violations"/>
    /// and no request is sent.
    /// </summary>
    /// <param name="definition">The job to validate.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The definition overload is the 0.1.0 contract; the other takes a different type, so no call is ambiguous.")]
    public Task<TableImportValidationResult> DryRunAsync(TableImportJobDefinition definition, CancellationToken cancellationToken = default) =>
        DryRunAsync(TableImportCheckedJob.Check(definition), cancellationToken);

    /// <summary>
    /// Validates a job already judged by the rule engine (<see cref="TableImportCheckedJob"/>) without creating anything:
    /// one that breaks Arize rules fails with them, and no request is sent; any other is dry-run by the server.
    /// </summary>
    /// <param name="job">The job and its verdict.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the other overload.")]
    public async Task<TableImportValidationResult> DryRunAsync(TableImportCheckedJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        const TableImportOperation operation = TableImportOperation.DryRun;
        if (job.Refusal is { } refused)
        {
            Log.Validation(logger, operation.Name(), refused);
            return refused;
        }

        var body = new ArrayBufferWriter<byte>(2048);
        TableImportRequestWriter.WriteCreateJobRequest(body, job.Definition, RequireSpaceId(operation), dryRun: true, options.DatabricksToken);
        var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseMutationDataValidationResultOnly, cancellationToken).ConfigureAwait(false);
        var result = TableImportJobMapper.ToResult(data.Result?.ValidationResult, operation.Name(), Redact);
        Log.Validation(logger, operation.Name(), result);
        return result;
    }

    /// <summary>
    /// Creates the job (<c>createTableImportJob</c>). Retried only when the server provably did nothing (a 429, a
    /// connection never made): a repeat after a lost answer could create a second job.
    /// </summary>
    /// <param name="definition">The job to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created job's <c>id</c>, <c>jobId</c> and status; <see cref="GetJobAsync"/> reads the rest.</returns>
    /// <exception cref="TableImportValidationException">
    /// The definition breaks Arize rules (nothing was sent; <see cref="TableImportValidationException.Violations"/> names them),
    /// or the server rejected it; nothing was created.
    /// </exception>
    /// <exception cref="TableImportOutcomeUnknownException">
    /// The answer was lost (timeout, dropped connection, 5xx): the job may exist. Look for it before creating it again.
    /// </exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The definition overload is the 0.1.0 contract; the other takes a different type, so no call is ambiguous.")]
    public Task<TableImportJobRef> CreateJobAsync(TableImportJobDefinition definition, CancellationToken cancellationToken = default) =>
        CreateAsync(TableImportOperation.CreateJob, TableImportCheckedJob.Check(definition), cancellationToken);

    /// <summary>Creates a job already judged by the rule engine, as <see cref="CreateJobAsync(TableImportJobDefinition, CancellationToken)"/> does.</summary>
    /// <param name="job">The job and its verdict.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created job's <c>id</c>, <c>jobId</c> and status.</returns>
    /// <exception cref="TableImportValidationException">The job breaks Arize rules (nothing was sent), or the server rejected it.</exception>
    /// <exception cref="TableImportOutcomeUnknownException">The answer was lost: the job may exist.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the other overload.")]
    public Task<TableImportJobRef> CreateJobAsync(TableImportCheckedJob job, CancellationToken cancellationToken = default) =>
        CreateAsync(TableImportOperation.CreateJob, job, cancellationToken);

    /// <summary>
    /// Creates an event-triggered job (<c>createTriggeredOngoingTableImportJob</c>; Snowflake only). Retried like
    /// <see cref="CreateJobAsync(TableImportJobDefinition, CancellationToken)"/>: only when the server provably did nothing.
    /// </summary>
    /// <param name="definition">The job to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created job's ids and status; start its runs with <see cref="TriggerRunAsync"/>.</returns>
    /// <exception cref="TableImportValidationException">
    /// The definition breaks Arize rules (nothing was sent; <see cref="TableImportValidationException.Violations"/> names them),
    /// or the server rejected it; nothing was created.
    /// </exception>
    /// <exception cref="TableImportOutcomeUnknownException">The answer was lost: the job may exist.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The definition overload is the 0.1.0 contract; the other takes a different type, so no call is ambiguous.")]
    public Task<TableImportJobRef> CreateEventBasedJobAsync(TableImportJobDefinition definition, CancellationToken cancellationToken = default) =>
        CreateAsync(TableImportOperation.CreateEventBasedJob, TableImportCheckedJob.Check(definition), cancellationToken);

    /// <summary>Creates an event-triggered job already judged by the rule engine, as <see cref="CreateEventBasedJobAsync(TableImportJobDefinition, CancellationToken)"/> does.</summary>
    /// <param name="job">The job and its verdict.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created job's ids and status.</returns>
    /// <exception cref="TableImportValidationException">The job breaks Arize rules (nothing was sent), or the server rejected it.</exception>
    /// <exception cref="TableImportOutcomeUnknownException">The answer was lost: the job may exist.</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the other overload.")]
    public Task<TableImportJobRef> CreateEventBasedJobAsync(TableImportCheckedJob job, CancellationToken cancellationToken = default) =>
        CreateAsync(TableImportOperation.CreateEventBasedJob, job, cancellationToken);

    /// <summary>Releases the client's own rate limiters (not the HttpClient, which the caller owns).</summary>
    public void Dispose()
    {
        if (ownsLimits)
        {
            limits.Dispose();
        }
    }

    /// <summary>Names the client by endpoint and space; never shows the API key.</summary>
    public override string ToString() => $"TableImportClient({options.Endpoint}, space {options.SpaceId ?? "(not set)"})";

    private async Task<TableImportJobRef> CreateAsync(TableImportOperation operation, TableImportCheckedJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var definition = job.Definition;
        // A job Arize would refuse is not sent: the rules name what to fix, where a server could answer only its first problem.
        if (job.Refusal is { } refused)
        {
            Log.Validation(logger, operation.Name(), refused);
            throw new TableImportValidationException(operation.Name(), refused, definition.JobTypeName);
        }

        var body = new ArrayBufferWriter<byte>(2048);
        if (operation == TableImportOperation.CreateEventBasedJob)
        {
            TableImportRequestWriter.WriteCreateEventBasedJobRequest(body, definition, RequireSpaceId(operation), options.DatabricksToken);
        }
        else
        {
            TableImportRequestWriter.WriteCreateJobRequest(body, definition, RequireSpaceId(operation), dryRun: false, options.DatabricksToken);
        }

        var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseMutationDataCreateJobPayload, cancellationToken).ConfigureAwait(false);
        var payload = data.Result ?? throw TableImportJobMapper.Malformed(operation.Name(), "no payload");
        if (payload.ValidationResult is not null)
        {
            var validation = TableImportJobMapper.ToResult(payload.ValidationResult, operation.Name(), Redact);
            Log.Validation(logger, operation.Name(), validation);
            if (!validation.Passed || payload.TableImportJob is null)
            {
                throw new TableImportValidationException(operation.Name(), validation, definition.ToString());
            }
        }

        return TableImportJobMapper.ToRef(payload.TableImportJob ?? throw TableImportJobMapper.Malformed(operation.Name(), "no tableImportJob"), operation.Name(), Redact);
    }

    private string RequireSpaceId(TableImportOperation operation) =>
        string.IsNullOrEmpty(options.SpaceId)
            ? throw new InvalidOperationException($"Table import operation '{operation.Name()}' needs a space id: set TableImportClientOptions.SpaceId.")
            : options.SpaceId;
}
