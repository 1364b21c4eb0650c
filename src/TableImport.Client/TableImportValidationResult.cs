namespace TableImport.Client;

/// <summary>The outcome of validating a job (a dry run, or the check a create does first). A failure is a result, not an exception.</summary>
/// <param name="Status">The server's <c>validationStatus</c>, e.g. <c>Passed</c> or <c>Failed</c>.</param>
/// <param name="ErrorCode">The server's error code (for a broken rule, its ID such as <c>TI0008</c>), when validation failed and it gave one.</param>
/// <param name="ErrorMessage">The server's error message, when validation failed.</param>
public sealed record TableImportValidationResult(string Status, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>True when the server accepted the job.</summary>
    public bool Passed => string.Equals(Status, "Passed", StringComparison.OrdinalIgnoreCase) && ErrorMessage is null;

    /// <summary>
    /// The Arize rules the definition breaks, when the client failed it before sending anything (see
    /// <see cref="TableImportJobDefinition.Validate"/>); empty when the verdict is the server's.
    /// </summary>
    public IReadOnlyList<TableImportRuleViolation> Violations { get; init; } = [];
}
