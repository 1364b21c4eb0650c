namespace TableImport.Client;

/// <summary>The outcome of validating a job (a dry run, or the check a create does first). A failure is a result, not an exception.</summary>
/// <param name="Status">The server's <c>validationStatus</c>, e.g. <c>Passed</c> or <c>Failed</c>.</param>
/// <param name="ErrorCode">The server's error code, when validation failed and it gave one.</param>
/// <param name="ErrorMessage">The server's error message, when validation failed.</param>
public sealed record TableImportValidationResult(string Status, string? ErrorCode, string? ErrorMessage)
{
    /// <summary>True when the server accepted the job.</summary>
    public bool Passed => string.Equals(Status, "Passed", StringComparison.OrdinalIgnoreCase) && ErrorMessage is null;
}
