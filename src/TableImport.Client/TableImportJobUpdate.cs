namespace TableImport.Client;

/// <summary>
/// What <see cref="TableImportClient.UpdateJobAsync(string, TableImportJobUpdate, CancellationToken)"/> changes on an
/// existing job, in place (<c>updateTableImportJob</c>). A property left null is not sent, and the job keeps its value.
/// </summary>
/// <remarks>
/// The seed documents <c>schema</c> and <c>tableIngestionParameters</c> on this mutation; a third-party client that runs
/// against the live API also sends <c>jobStatus</c> and <c>modelVersion</c> (see docs/api/compatibility.md). That client
/// always sends the schema too (the job's current one, with its changes laid over it): a server that requires it
/// answers an update without it with an error naming the field.
/// </remarks>
public sealed record TableImportJobUpdate
{
    /// <summary>The new status: <see cref="Client.JobStatus.Inactive"/> pauses, <see cref="Client.JobStatus.Active"/> resumes.</summary>
    public JobStatus? JobStatus { get; init; }

    /// <summary>The new model version the job's rows are recorded under.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The new column mapping. It replaces the job's whole mapping, not single fields of it.</summary>
    public TableImportSchema? Schema { get; init; }

    /// <summary>The new ingestion parameters; the ones left null in it keep their values.</summary>
    public TableIngestionParameters? TableIngestionParameters { get; init; }

    /// <summary>The fields this update sends besides the job id.</summary>
    internal UpdateJobFields Fields =>
        (JobStatus is null ? UpdateJobFields.None : UpdateJobFields.JobStatus)
        | (ModelVersion is null ? UpdateJobFields.None : UpdateJobFields.ModelVersion)
        | (Schema is null ? UpdateJobFields.None : UpdateJobFields.Schema)
        | (TableIngestionParameters is null ? UpdateJobFields.None : UpdateJobFields.TableIngestionParameters);
}
