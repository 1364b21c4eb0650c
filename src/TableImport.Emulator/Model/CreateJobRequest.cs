namespace TableImport.Emulator.Model;

/// <summary>
/// A create input as sent, read into the definition it stands for, with what a definition does not hold. Values may be
/// blank or break a rule: judging them is the validator's part.
/// </summary>
/// <param name="ClientMutationId">Echoed back in the payload.</param>
/// <param name="SpaceId">The space the job is to belong to.</param>
/// <param name="DryRun">Validate only: nothing is created.</param>
/// <param name="Definition">The job; its ingestion parameters are only the values sent (a default is not the caller's to answer for).</param>
/// <param name="ReadProblems">What the definition cannot hold (an enum value it lacks, a null list item), in the order read; the first is reported before any rule.</param>
internal sealed record CreateJobRequest(string? ClientMutationId, string SpaceId, bool DryRun, TableImportJobDefinition Definition, IReadOnlyList<string> ReadProblems);
