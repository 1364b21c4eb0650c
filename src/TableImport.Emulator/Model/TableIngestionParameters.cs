using System.Text.Json.Serialization;

namespace TableImport.Emulator.Model;

/// <summary>The effective ingestion parameters of a job, with Arize's defaults filled in.</summary>
internal sealed record TableIngestionParameters(int RowLimit, int RefreshIntervalMinutes, int QueryWindowSizeHours)
{
    /// <summary>The defaults the schema documents for parameters a create leaves out.</summary>
    public static TableIngestionParameters Default { get; } = new(100_000, 60, 24);

    /// <summary>The refresh interval in seconds, as third-party clients read it.</summary>
    [JsonIgnore] public int RefreshIntervalSeconds => RefreshIntervalMinutes * 60;

    /// <summary>The query window in seconds, as third-party clients read it.</summary>
    [JsonIgnore] public int QueryWindowSizeSeconds => QueryWindowSizeHours * 3600;
}
