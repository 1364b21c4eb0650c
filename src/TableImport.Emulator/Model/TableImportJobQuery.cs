namespace TableImport.Emulator.Model;

/// <summary>One query a job ran against its table.</summary>
internal sealed record TableImportJobQuery(
    string QueryId,
    DateTime CreatedAt,
    int RecordsProcessedCount,
    DateTime? WindowStartTimestamp,
    DateTime? WindowEndTimestamp);
