
namespace TableImport.Emulator.Validation;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>A create input as sent, before validation. Strings may be blank; that is for the validator to judge.</summary>
internal sealed record JobInput
{
    public string? ClientMutationId { get; init; }
    public required string SpaceId { get; init; }
    public required string ModelName { get; init; }
    public required string ModelType { get; init; }
    public required string ModelEnvironmentName { get; init; }
    public string? ModelVersion { get; init; }
    public string? BatchId { get; init; }
    public required string TableStore { get; init; }
    public BigQueryTableConfig? BigQueryTableConfig { get; init; }
    public SnowflakeTableConfig? SnowflakeTableConfig { get; init; }
    public DatabricksTableConfig? DatabricksTableConfig { get; init; }
    public required TableImportSchema Schema { get; init; }
    public IngestionParametersInput? TableIngestionParameters { get; init; }
    public bool DryRun { get; init; }

    /// <summary>Problems found while reading (null entries in lists); reported before any other rule.</summary>
    public IReadOnlyList<string> ReadProblems { get; init; } = [];
}

/// <summary>Ingestion parameters as sent; a null leaves the current (or default) value.</summary>
internal sealed record IngestionParametersInput(int? RowLimit, int? RefreshIntervalMinutes, int? QueryWindowSizeHours)
{
    public TableIngestionParameters ApplyTo(TableIngestionParameters current) => new(
        RowLimit ?? current.RowLimit,
        RefreshIntervalMinutes ?? current.RefreshIntervalMinutes,
        QueryWindowSizeHours ?? current.QueryWindowSizeHours);
}
