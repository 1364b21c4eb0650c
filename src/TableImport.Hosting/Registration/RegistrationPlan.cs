using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>What registration will do with one declared job, decided before anything is written.</summary>
public enum JobPlanAction
{
    /// <summary>The space has no such job: it will be dry-run, then created.</summary>
    Create,

    /// <summary>The space has the job with another model version, schema or ingestion parameters: it will be updated in place.</summary>
    Update,

    /// <summary>The space has the job as declared: nothing to do.</summary>
    Unchanged,

    /// <summary>The space has the job with a model type or batch id that no mutation of the API can change: it will fail.</summary>
    CannotChange,

    /// <summary>The declaration itself is refused (it breaks an Arize rule, or shares its identity with another): it will fail, nothing is sent.</summary>
    Invalid,
}

/// <summary>One field that differs between the space and the declaration.</summary>
/// <param name="Field">The field's path in the GraphQL input, e.g. <c>modelVersion</c>, <c>schema.actualLabel</c>, <c>tableIngestionParameters.rowLimit</c>.</param>
/// <param name="Current">The value the space has, or null when it has none.</param>
/// <param name="Declared">The value the declaration sets, or null when it sets none.</param>
public sealed record JobFieldChange(string Field, string? Current, string? Declared)
{
    /// <summary>For people: <c>schema.actualLabel: actual → confirmed</c>, with <c>(none)</c> for a missing value.</summary>
    public override string ToString() => $"{Field}: {Current ?? "(none)"} → {Declared ?? "(none)"}";
}

/// <summary>The decision for one declared job.</summary>
/// <param name="JobType">The C# type that declared the job (or the model name when the job was built by hand).</param>
/// <param name="Definition">The declared job.</param>
/// <param name="Action">What registration will do.</param>
/// <param name="Existing">The space's job it is compared with, when the space has one.</param>
/// <param name="Changes">For <see cref="JobPlanAction.Update"/> the fields an update changes, for <see cref="JobPlanAction.CannotChange"/> the fields no update can change; otherwise empty.</param>
/// <param name="Message">Why the job cannot change or is refused; null otherwise.</param>
public sealed record JobPlan(string JobType, TableImportJobDefinition Definition, JobPlanAction Action, TableImportJobInfo? Existing, IReadOnlyList<JobFieldChange> Changes, string? Message)
{
    /// <summary>The space's job id, when the space has the job.</summary>
    public string? JobId => Existing?.JobId;

    /// <summary>The rule engine's verdict on the declaration, judged once in planning; applying sends it to the client as it is.</summary>
    internal TableImportCheckedJob? Checked { get; init; }

    /// <summary>What differs from the space's job, computed once in planning; applying updates exactly these.</summary>
    internal JobDifferences? Differences { get; init; }
}

/// <summary>
/// What registration would do with every declared job: the one decision that <see cref="TableImportRegistrar.ApplyAsync"/>
/// carries out, that start-up registration makes, and that <c>tableimport plan</c> shows.
/// </summary>
/// <param name="Jobs">One decision per declared job, in declaration order.</param>
public sealed record RegistrationPlan(IReadOnlyList<JobPlan> Jobs)
{
    /// <summary>True when applying the plan would create or update a job.</summary>
    public bool HasChanges => Jobs.Any(j => j.Action is JobPlanAction.Create or JobPlanAction.Update);

    /// <summary>True when applying the plan would fail a job (it cannot change, or its declaration is refused).</summary>
    public bool HasFailures => Jobs.Any(j => j.Action is JobPlanAction.CannotChange or JobPlanAction.Invalid);

    /// <summary>How many jobs take <paramref name="action"/>.</summary>
    public int Count(JobPlanAction action) => Jobs.Count(j => j.Action == action);

    /// <summary>One line for people, e.g. <c>Plan: 3 to create, 0 to update, 0 unchanged, 0 cannot change, 0 invalid</c>.</summary>
    public string Summary =>
        $"Plan: {Count(JobPlanAction.Create)} to create, {Count(JobPlanAction.Update)} to update, {Count(JobPlanAction.Unchanged)} unchanged, "
        + $"{Count(JobPlanAction.CannotChange)} cannot change, {Count(JobPlanAction.Invalid)} invalid";
}
