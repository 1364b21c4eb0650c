namespace TableImport.Client;

/// <summary>Creating a job failed validation, so nothing was created. <see cref="Result"/> holds the server's verdict.</summary>
public sealed class TableImportValidationException : TableImportException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The create operation.</param>
    /// <param name="result">The failed validation.</param>
    /// <param name="job">The job that was being created, named in the message.</param>
    public TableImportValidationException(string operation, TableImportValidationResult result, string? job = null)
        : base(operation, Describe(operation, "validation " + result.Status + (job is null ? "" : " for " + job) + (result.ErrorCode is null ? "" : " [" + result.ErrorCode + "]"), null, result.ErrorMessage is null ? null : [result.ErrorMessage]), null, result.ErrorMessage is null ? null : [result.ErrorMessage])
    {
        Result = result;
    }

    /// <summary>The failed validation: status, code and message.</summary>
    public TableImportValidationResult Result { get; }
}
