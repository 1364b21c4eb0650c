namespace TableImport.Client;

/// <summary>
/// A job definition with the rule engine's verdict on it (<see cref="TableImportJobDefinition.Validate"/>), judged once:
/// the client's dry run and creates take it instead of judging the definition again, and start-up registration's plan
/// holds one per job, so a job is judged once from plan to create.
/// </summary>
/// <remarks>The verdict is the definition's at <see cref="Check"/>: a definition changed after that must be checked again.</remarks>
public sealed class TableImportCheckedJob
{
    private TableImportCheckedJob(TableImportJobDefinition definition, IReadOnlyList<TableImportRuleViolation> violations)
    {
        Definition = definition;
        Violations = violations;
        var broken = violations.Where(v => v.IsArizeRule).ToArray();
        Refusal = broken.Length == 0
            ? null
            : new TableImportValidationResult("Failed", broken[0].Id, string.Join(" ", broken)) { Violations = broken };
    }

    /// <summary>The job.</summary>
    public TableImportJobDefinition Definition { get; }

    /// <summary>Every rule the job breaks, Arize rules and advice, as <see cref="TableImportJobDefinition.Validate"/> reported them.</summary>
    public IReadOnlyList<TableImportRuleViolation> Violations { get; }

    /// <summary>
    /// The failed result for a job that breaks Arize rules, in the emulator's shape (the first rule's ID as the code,
    /// every rule, ID first, in the message), so the client sends nothing for it; null when it breaks none. Advice never
    /// refuses a job.
    /// </summary>
    public TableImportValidationResult? Refusal { get; }

    /// <summary>Judges <paramref name="definition"/> by the rule engine, once.</summary>
    /// <param name="definition">The job.</param>
    public static TableImportCheckedJob Check(TableImportJobDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new TableImportCheckedJob(definition, definition.Validate());
    }

    /// <summary>The job and whether Arize would refuse it.</summary>
    public override string ToString() => Definition + (Refusal is null ? "" : " (breaks " + Refusal.ErrorCode + ")");
}
