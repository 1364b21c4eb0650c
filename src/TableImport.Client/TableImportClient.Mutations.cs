using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using TableImport.Client.Wire;

namespace TableImport.Client;

/// <summary>The mutations on an existing job: pause, start, delete, the two updates, and a triggered run.</summary>
public sealed partial class TableImportClient
{
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
    /// Changes a job: its model version, column mapping and ingestion parameters in place (<c>updateTableImportJob</c>),
    /// and its status through the seed's own mutations (<c>pauseTableImportJob</c>, <c>startTableImportJob</c>,
    /// <c>deleteTableImportJob</c>), whichever <paramref name="update"/> sets; a status change comes last.
    /// </summary>
    /// <param name="jobId">The job's <see cref="TableImportJobInfo.JobId"/>.</param>
    /// <param name="update">What to change; at least one of its properties must be set.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The job's ids and its status now; <see cref="GetJobAsync"/> reads the rest.</returns>
    /// <exception cref="TableImportUnsupportedFieldException">
    /// The server's <c>updateTableImportJob</c> has no <c>modelVersion</c> (an extra no working request has proven): the job
    /// is as it was.
    /// </exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "See the other overload.")]
    public async Task<TableImportJobRef> UpdateJobAsync(string jobId, TableImportJobUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Fields == UpdateJobFields.None && update.JobStatus is null)
        {
            throw new ArgumentException("The update changes nothing: set JobStatus, ModelVersion, Schema or TableIngestionParameters.", nameof(update));
        }

        if (update.JobStatus is { } status && !Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(update), status, "JobStatus is not one of Active, Inactive, Deleted.");
        }

        ArgumentException.ThrowIfNullOrEmpty(jobId);
        TableImportJobRef? changed = null;
        if (update.Fields != UpdateJobFields.None)
        {
            changed = await UpdateAsync(jobId, update, cancellationToken).ConfigureAwait(false);
        }

        // Every server the seed describes has these; an update's jobStatus is an extra no working request has proven.
        return update.JobStatus switch
        {
            JobStatus.Active => await StartJobAsync(jobId, cancellationToken).ConfigureAwait(false),
            JobStatus.Inactive => await PauseJobAsync(jobId, cancellationToken).ConfigureAwait(false),
            JobStatus.Deleted => await DeleteJobAsync(jobId, cancellationToken).ConfigureAwait(false),
            _ => changed!,
        };
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

    private async Task<TableImportJobRef> UpdateAsync(string jobId, TableImportJobUpdate update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        const TableImportOperation operation = TableImportOperation.UpdateJob;
        var body = new ArrayBufferWriter<byte>(2048);
        TableImportRequestWriter.WriteUpdateJobRequest(body, jobId, update);
        try
        {
            return await JobMutationAsync(operation, body, cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException ex) when (update.ModelVersion is not null && ex.AnsweredWithErrors && NamesField(ex.ServerMessages, "modelVersion"))
        {
            // A server whose input lacks the field refuses the whole document and names the field (graphql-dotnet: "In
            // field 'modelVersion': Unknown field."; graphql-js and graphql-core: "Field 'modelVersion' is not defined by
            // type ..."); no other problem of this document would name it.
            throw new TableImportUnsupportedFieldException(operation.Name(), "updateTableImportJob", "modelVersion", ex.ServerMessages, ex);
        }
    }

    /// <summary>Whether a server's messages name <paramref name="field"/> as a whole word: how a server says it lacks it.</summary>
    private static bool NamesField(IReadOnlyList<string> messages, string field) =>
        messages.Any(m => System.Text.RegularExpressions.Regex.IsMatch(m, @"(?<![A-Za-z0-9_])" + field + @"(?![A-Za-z0-9_])"));

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
}
