namespace TableImport.Client;

/// <summary>The outcome of validating a job (a dry run, or the check a create does first). A failure is a result, not an exception.</summary>
/// <param name="Status">The server's <c>validationStatus</c>, e.g. <c>Passed</c> or <c>Failed</c>.</param>
/// <param name="ErrorCode">The server's error code (for a broken rule, its ID such as <c>TI0008</c>), when validation failed and it gave one.</param>
/// <param name="ErrorMessage">The server's error message, when validation failed.</param>
public sealed record TableImportValidationResult(string Status, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>
    /// True when the server accepted the job: no error, and a status other than <c>Failed</c>. No status values are
    /// published, so they are compared ignoring case and one this client does not know is kept in <see cref="Status"/>
    /// and judged by the error alone, never refused.
    /// </summary>
    public bool Passed => ErrorMessage is null && ErrorCode is null && !string.Equals(Status, "Failed", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Arize rules the definition breaks, when the client failed it before sending anything (see
    /// <see cref="TableImportJobDefinition.Validate"/>); empty when the verdict is the server's.
    /// </summary>
    public IReadOnlyList<TableImportRuleViolation> Violations { get; init; } = [];
}
