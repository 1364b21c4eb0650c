using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
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
    public async Task<TableImportValidationResult> DryRunAsync(TableImportJobDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        const TableImportOperation operation = TableImportOperation.DryRun;
        if (TableImportValidationResult.OfArizeRules(definition) is { } refused)
        {
            Log.Validation(logger, operation.Name(), refused);
            return refused;
        }

        var body = new ArrayBufferWriter<byte>(2048);
        TableImportRequestWriter.WriteCreateJobRequest(body, definition, RequireSpaceId(operation), dryRun: true, options.DatabricksToken);
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
    public Task<TableImportJobRef> CreateJobAsync(TableImportJobDefinition definition, CancellationToken cancellationToken = default) =>
        CreateAsync(TableImportOperation.CreateJob, definition, cancellationToken);

    /// <summary>
    /// Creates an event-triggered job (<c>createTriggeredOngoingTableImportJob</c>; Snowflake only). Retried like
    /// <see cref="CreateJobAsync"/>: only when the server provably did nothing.
    /// </summary>
    /// <param name="definition">The job to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created job's ids and status; start its runs with <see cref="TriggerRunAsync"/>.</returns>
    /// <exception cref="TableImportValidationException">
    /// The definition breaks Arize rules (nothing was sent; <see cref="TableImportValidationException.Violations"/> names them),
    /// or the server rejected it; nothing was created.
    /// </exception>
    /// <exception cref="TableImportOutcomeUnknownException">The answer was lost: the job may exist.</exception>
    public Task<TableImportJobRef> CreateEventBasedJobAsync(TableImportJobDefinition definition, CancellationToken cancellationToken = default) =>
        CreateAsync(TableImportOperation.CreateEventBasedJob, definition, cancellationToken);

    /// <summary>Every job of the space (<c>tableJobs</c>), page after page until the last, deleted ones included.</summary>
    /// <remarks>
    /// A job with a model type, environment, table store or status this client does not know (made in the UI, or a value
    /// Arize added later) is skipped with a warning naming the job and the value, so one such job does not hide the others.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <exception cref="TableImportException">A call failed, a job came without its ids, or the server's paging went in a circle.</exception>
    public async IAsyncEnumerable<TableImportJobInfo> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const TableImportOperation operation = TableImportOperation.ListJobs;
        var spaceId = RequireSpaceId(operation);
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var body = new ArrayBufferWriter<byte>(1024);
            TableImportRequestWriter.WriteNodeQuery(body, operation, Names.SpaceId, spaceId, options.PageSize, after);
            var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseNodeDataSpaceNode, cancellationToken).ConfigureAwait(false);
            var page = data.Node?.TableJobs;
            if (page is null)
            {
                yield break;
            }

            foreach (var edge in page.Edges ?? [])
            {
                if (edge.Node is not { } job)
                {
                    continue;
                }

                TableImportJobMapper.RequireIds(job, operation.Name());
                if (TableImportJobMapper.UnknownValue(job, Redact) is { } unknown)
                {
                    Log.SkippedJob(logger, operation.Name(), Redact(job.JobId!), unknown);
                    continue;
                }

                yield return TableImportJobMapper.ToInfo(job, operation.Name(), Redact);
            }

            after = NextCursor(operation, page.PageInfo, cursors);
            if (after is null)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// One job of the space by its <see cref="TableImportJobInfo.JobId"/> (or its node id), or null when the space has no
    /// such job. Asks <c>tableJobs(search: $jobId)</c>, as a third-party client of the live API does, and keeps only the job
    /// whose ids equal <paramref name="jobId"/>: the server's search may also match model names that contain the text.
    /// </summary>
    /// <param name="jobId">The job's job id, or its node id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">The call failed, or the job has a value this client does not know (the message names it).</exception>
    public async Task<TableImportJobInfo?> FindJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        const TableImportOperation operation = TableImportOperation.FindJob;
        var spaceId = RequireSpaceId(operation);
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        // The third-party client asks for one; when that one is another job, the rest come a page at a time.
        var first = 1;
        while (true)
        {
            var body = new ArrayBufferWriter<byte>(1024);
            TableImportRequestWriter.WriteNodeQuery(body, operation, Names.SpaceId, spaceId, first, after, search: jobId);
            var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseNodeDataSpaceNode, cancellationToken).ConfigureAwait(false);
            var page = data.Node?.TableJobs;
            if (page is null)
            {
                return null;
            }

            foreach (var edge in page.Edges ?? [])
            {
                if (edge.Node is { } job && (job.JobId == jobId || job.Id == jobId))
                {
                    return TableImportJobMapper.ToInfo(job, operation.Name(), Redact);
                }
            }

            after = NextCursor(operation, page.PageInfo, cursors);
            if (after is null)
            {
                return null;
            }

            first = options.PageSize;
        }
    }

    /// <summary>One job by its global node id (<see cref="TableImportJobInfo.Id"/>), or null when there is no such job.</summary>
    /// <param name="id">The job's node id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">The call failed, or the job has a value this client does not know (the message names it).</exception>
    public async Task<TableImportJobInfo?> GetJobAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        const TableImportOperation operation = TableImportOperation.GetJob;
        var body = new ArrayBufferWriter<byte>(1024);
        TableImportRequestWriter.WriteNodeQuery(body, operation, Names.Id, id, null, null);
        var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseNodeDataJobDto, cancellationToken).ConfigureAwait(false);
        // A node that is not a job answers {} to the fragment: no id.
        return data.Node is { Id: not null } job ? TableImportJobMapper.ToInfo(job, operation.Name(), Redact) : null;
    }

    /// <summary>Every query (run) of a job, oldest first, every page followed, with the server's total count.</summary>
    /// <param name="id">The job's node id (<see cref="TableImportJobInfo.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">There is no job with that id.</exception>
    public async Task<TableImportQueryList> ListQueriesAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        const TableImportOperation operation = TableImportOperation.ListQueries;
        var queries = new List<TableImportQueryInfo>();
        var totalCount = 0;
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var body = new ArrayBufferWriter<byte>(1024);
            TableImportRequestWriter.WriteNodeQuery(body, operation, Names.Id, id, options.PageSize, after);
            var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseNodeDataJobQueriesNode, cancellationToken).ConfigureAwait(false);
            var page = data.Node?.Queries
                ?? throw new TableImportException(operation.Name(), TableImportException.Describe(operation.Name(), $"no table import job has the id '{id}'", null, null));
            totalCount = page.TotalCount;
            foreach (var edge in page.Edges ?? [])
            {
                if (edge.Node is { } query)
                {
                    queries.Add(TableImportJobMapper.ToInfo(query, operation.Name()));
                }
            }

            after = NextCursor(operation, page.PageInfo, cursors);
            if (after is null)
            {
                return new TableImportQueryList(totalCount, queries);
            }
        }
    }

    /// <summary>Pauses a job (<c>pauseTableImportJob</c>).</summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    public Task<TableImportJobRef> PauseJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        JobIdMutationAsync(TableImportOperation.PauseJob, jobId, cancellationToken);

    /// <summary>Resumes a paused job (<c>startTableImportJob</c>).</summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    public Task<TableImportJobRef> StartJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        JobIdMutationAsync(TableImportOperation.StartJob, jobId, cancellationToken);

    /// <summary>Deletes a job (<c>deleteTableImportJob</c>); it stays listed with status <see cref="JobStatus.Deleted"/>.</summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    public Task<TableImportJobRef> DeleteJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        JobIdMutationAsync(TableImportOperation.DeleteJob, jobId, cancellationToken);

    /// <summary>Changes how much and how often a job reads (<c>updateTableIngestionParameters</c>); null values are left as they are.</summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="parameters">The new parameters.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    public async Task<TableImportJobRef> UpdateIngestionParametersAsync(string jobId, TableIngestionParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        ArgumentNullException.ThrowIfNull(parameters);
        var body = new ArrayBufferWriter<byte>(2048);
        TableImportRequestWriter.WriteUpdateIngestionParametersRequest(body, jobId, parameters);
        return await JobMutationAsync(TableImportOperation.UpdateIngestionParameters, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces a job's column mapping and ingestion parameters (<c>updateTableImportJob</c>).</summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="schema">The new column mapping, or null to keep it.</param>
    /// <param name="parameters">The new ingestion parameters, or null to keep them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Both overloads are the 0.1.0 contract; their required parameters differ in number and type, so no call is ambiguous.")]
    public Task<TableImportJobRef> UpdateJobAsync(string jobId, TableImportSchema? schema, TableIngestionParameters? parameters, CancellationToken cancellationToken = default) =>
        UpdateAsync(jobId, new TableImportJobUpdate { Schema = schema, TableIngestionParameters = parameters }, cancellationToken);

    /// <summary>
    /// Changes a job in place (<c>updateTableImportJob</c>): its status, model version, column mapping and ingestion
    /// parameters, whichever <paramref name="update"/> sets.
    /// </summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="update">What to change; at least one of its properties must be set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the other overload.")]
    public Task<TableImportJobRef> UpdateJobAsync(string jobId, TableImportJobUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Fields == UpdateJobFields.None)
        {
            throw new ArgumentException("The update changes nothing: set JobStatus, ModelVersion, Schema or TableIngestionParameters.", nameof(update));
        }

        if (update.JobStatus is { } status && !Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(update), status, "JobStatus is not one of Active, Inactive, Deleted.");
        }

        return UpdateAsync(jobId, update, cancellationToken);
    }

    /// <summary>
    /// Runs an event-based job once over a time range (<c>createTriggeredOngoingTableRun</c>). Retried only when the server
    /// provably did nothing (a repeat after a lost answer would read the range twice); otherwise a lost answer throws
    /// <see cref="TableImportOutcomeUnknownException"/>.
    /// </summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="queryStart">The start of the range to read.</param>
    /// <param name="queryEnd">The end of the range to read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// What was triggered and the server's <c>clientMutationId</c>, the one field Arize documents on this mutation; the
    /// run itself shows up in <see cref="ListQueriesAsync"/>.
    /// </returns>
    public async Task<TableImportTriggeredRun> TriggerRunAsync(string jobId, DateTimeOffset queryStart, DateTimeOffset queryEnd, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        const TableImportOperation operation = TableImportOperation.TriggerRun;
        var body = new ArrayBufferWriter<byte>(512);
        TableImportRequestWriter.WriteTriggerRunRequest(body, jobId, queryStart, queryEnd);
        var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseMutationDataTriggerRunPayload, cancellationToken).ConfigureAwait(false);
        return new TableImportTriggeredRun(jobId, queryStart, queryEnd, data.Result?.ClientMutationId);
    }

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

    private async Task<TableImportJobRef> CreateAsync(TableImportOperation operation, TableImportJobDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        // A job Arize would refuse is not sent: the rules name what to fix, where a server could answer only its first problem.
        if (TableImportValidationResult.OfArizeRules(definition) is { } refused)
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

    private async Task<TableImportJobRef> UpdateAsync(string jobId, TableImportJobUpdate update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var body = new ArrayBufferWriter<byte>(2048);
        TableImportRequestWriter.WriteUpdateJobRequest(body, jobId, update);
        return await JobMutationAsync(TableImportOperation.UpdateJob, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TableImportJobRef> JobIdMutationAsync(TableImportOperation operation, string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        var body = new ArrayBufferWriter<byte>(256);
        TableImportRequestWriter.WriteJobIdMutation(body, operation, jobId);
        return await JobMutationAsync(operation, body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<TableImportJobRef> JobMutationAsync(TableImportOperation operation, ArrayBufferWriter<byte> body, CancellationToken cancellationToken)
    {
        var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseMutationDataJobPayload, cancellationToken).ConfigureAwait(false);
        var job = data.Result?.TableImportJob ?? throw TableImportJobMapper.Malformed(operation.Name(), "no tableImportJob");
        return TableImportJobMapper.ToRef(job, operation.Name(), Redact);
    }

    /// <summary>
    /// The cursor of the next page, or null after the last. A server that says there is another page but gives no cursor,
    /// or one it gave before, would make the listing loop forever: that is an error.
    /// </summary>
    private string? NextCursor(TableImportOperation operation, PageInfoDto? pageInfo, HashSet<string> seen)
    {
        if (pageInfo is not { HasNextPage: true })
        {
            return null;
        }

        var name = operation.Name();
        if (pageInfo.EndCursor is not { } cursor)
        {
            throw new TableImportException(name, TableImportException.Describe(name, "the server said hasNextPage but gave no endCursor; stopped rather than loop", null, null));
        }

        if (!seen.Add(cursor))
        {
            throw new TableImportException(name, TableImportException.Describe(name, $"the server repeated cursor '{Redact(cursor)}' with hasNextPage true; stopped rather than loop", null, null));
        }

        return cursor;
    }

    private string RequireSpaceId(TableImportOperation operation) =>
        string.IsNullOrEmpty(options.SpaceId)
            ? throw new InvalidOperationException($"Table import operation '{operation.Name()}' needs a space id: set TableImportClientOptions.SpaceId.")
            : options.SpaceId;
}
