namespace TableImport.Emulator.Model;

/// <summary>Outcome of validating a create input: <c>Passed</c>, or <c>Failed</c> with the first problem found.</summary>
internal sealed record ValidationResult(string ValidationStatus, ValidationError? Error)
{
    /// <summary>A passed validation.</summary>
    public static ValidationResult Passed { get; } = new("Passed", null);

    /// <summary>A failed validation.</summary>
    public static ValidationResult Failed(string code, string message) => new("Failed", new ValidationError(code, message));
}

/// <summary>Why a validation failed.</summary>
internal sealed record ValidationError(string? Code, string Message);

/// <summary>Answer of both create mutations.</summary>
internal sealed record CreateTableImportJobPayload(string? ClientMutationId, TableImportJob? TableImportJob, Space? Space, ValidationResult ValidationResult);

/// <summary>Answer of pause, start, delete and the updates.</summary>
internal sealed record TableImportJobPayload(string? ClientMutationId, TableImportJob? TableImportJob);

/// <summary>Answer of createTriggeredOngoingTableRun.</summary>
internal sealed record CreateTriggeredOngoingTableRunPayload(string? ClientMutationId, TableImportJob? TableImportJob, TableImportJobQuery? Query);
