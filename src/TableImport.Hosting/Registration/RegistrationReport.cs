namespace TableImport.Hosting.Registration;

/// <summary>What registration did with one declared job.</summary>
public enum JobOutcome
{
    /// <summary>The job did not exist and was created.</summary>
    Created,

    /// <summary>The job existed with another model version, schema or ingestion parameters and was updated in place.</summary>
    Updated,

    /// <summary>The job existed as declared.</summary>
    Unchanged,

    /// <summary>ValidateOnly: the dry run passed; nothing was written.</summary>
    Validated,

    /// <summary>The dry run, create or update failed; <see cref="JobRegistrationResult.Message"/> says why.</summary>
    Failed,
}

/// <summary>One declared job's outcome.</summary>
/// <param name="JobType">The C# type that declared the job (or the model name when the job was built by hand).</param>
/// <param name="Definition">The declared job.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="JobId">The server's job id, when there is one.</param>
/// <param name="Message">Why it failed, or a note (paused, differences applied).</param>
public sealed record JobRegistrationResult(string JobType, TableImportJobDefinition Definition, JobOutcome Outcome, string? JobId, string? Message);

/// <summary>The outcome of one registration run.</summary>
/// <param name="Mode">The mode it ran in.</param>
/// <param name="Jobs">One result per declared job, in declaration order.</param>
public sealed record RegistrationReport(RegistrationMode Mode, IReadOnlyList<JobRegistrationResult> Jobs)
{
    /// <summary>Jobs created.</summary>
    public int Created => Count(JobOutcome.Created);

    /// <summary>Jobs updated.</summary>
    public int Updated => Count(JobOutcome.Updated);

    /// <summary>Jobs left as they were (in ValidateOnly mode, jobs whose dry run passed count here too).</summary>
    public int Unchanged => Count(JobOutcome.Unchanged) + Count(JobOutcome.Validated);

    /// <summary>Jobs that failed.</summary>
    public int Failed => Count(JobOutcome.Failed);

    /// <summary>The one summary line logged at the end of registration.</summary>
    public string Summary =>
        $"Table import registration: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed"
        + (Mode == RegistrationMode.ValidateOnly ? " (validate only: nothing was written)" : "");

    private int Count(JobOutcome outcome) => Jobs.Count(j => j.Outcome == outcome);
}
