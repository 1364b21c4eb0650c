namespace TableImport.Client;

/// <summary>
/// What <see cref="TableImportClient.UpdateJobAsync(string, TableImportJobUpdate, CancellationToken)"/> changes on an
/// existing job: the model version, schema and ingestion parameters in place (<c>updateTableImportJob</c>), the status
/// through pause, start or delete. A property left null is not sent, and the job keeps its value.
/// </summary>
/// <remarks>
/// The seed documents <c>schema</c> and <c>tableIngestionParameters</c> on <c>updateTableImportJob</c>. <c>modelVersion</c>
/// there is an extra: only a third-party client's documents show it, and they can never have run (see
/// docs/api/compatibility.md), so a server may lack it; then the update throws
/// <see cref="TableImportUnsupportedFieldException"/> naming it, and nothing changes. <c>tableimport doctor</c> says
/// whether a server has it.
/// </remarks>
public sealed record TableImportJobUpdate
{
    /// <summary>
    /// The new status: <see cref="Client.JobStatus.Inactive"/> pauses (<c>pauseTableImportJob</c>),
    /// <see cref="Client.JobStatus.Active"/> resumes (<c>startTableImportJob</c>), <see cref="Client.JobStatus.Deleted"/>
    /// deletes (<c>deleteTableImportJob</c>).
    /// </summary>
    public JobStatus? JobStatus { get; init; }

    /// <summary>The new model version the job's rows are recorded under (an extra the server may lack: see the remarks).</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The new column mapping. It replaces the job's whole mapping, not single fields of it.</summary>
    public TableImportSchema? Schema { get; init; }

    /// <summary>The new ingestion parameters; the ones left null in it keep their values.</summary>
    public TableIngestionParameters? TableIngestionParameters { get; init; }

    /// <summary>The fields this update sends besides the job id.</summary>
    internal UpdateJobFields Fields =>
        (ModelVersion is null ? UpdateJobFields.None : UpdateJobFields.ModelVersion)
        | (Schema is null ? UpdateJobFields.None : UpdateJobFields.Schema)
        | (TableIngestionParameters is null ? UpdateJobFields.None : UpdateJobFields.TableIngestionParameters);
}
