namespace TableImport.Client;

/// <summary>
/// Creating a job failed validation, so nothing was created: either the definition breaks Arize rules and was never sent
/// (<see cref="Violations"/> names them), or the server refused it. <see cref="Result"/> holds the verdict.
/// </summary>
public sealed class TableImportValidationException : TableImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The create operation.</param>
    /// <param name="result">The failed validation.</param>
    /// <param name="job">The job that was being created, named in the message.</param>
    public TableImportValidationException(string operation, TableImportValidationResult result, string? job = null)
        : base(operation, Describe(operation, result, job), null, ServerMessagesOf(result))
    {
        Result = result;
    }

    /// <summary>The failed validation: status, code and message.</summary>
    public TableImportValidationResult Result { get; }

    /// <summary>The Arize rules the definition breaks, when it was refused before any request; empty when the server refused it.</summary>
    public IReadOnlyList<TableImportRuleViolation> Violations => Result.Violations;

    private static string Describe(string operation, TableImportValidationResult result, string? job)
    {
        if (result.Violations.Count > 0)
        {
            var ids = string.Join(", ", result.Violations.Select(v => v.Id).Distinct());
            var rules = result.Violations.Count == 1 ? "Arize rule " : "Arize rules ";
            return Describe(operation, (job ?? "the job") + " breaks " + rules + ids + ", so nothing was sent: " + result.ErrorMessage, null, null);
        }

        var what = "validation " + result.Status + (job is null ? "" : " for " + job) + (result.ErrorCode is null ? "" : " [" + result.ErrorCode + "]");
        return Describe(operation, what, null, ServerMessagesOf(result));
    }

    private static IReadOnlyList<string>? ServerMessagesOf(TableImportValidationResult result)
        => result.Violations.Count > 0 || result.ErrorMessage is null ? null : [result.ErrorMessage];
}
