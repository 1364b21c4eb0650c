using System.Text.Json.Serialization;

namespace TableImport.Emulator.Model;

/// <summary>The effective ingestion parameters of a job, with Arize's defaults filled in.</summary>
internal sealed record TableIngestionParameters(int RowLimit, int RefreshIntervalMinutes, int QueryWindowSizeHours)
{
    /// <summary>The defaults the schema documents for parameters a create leaves out.</summary>
    public static TableIngestionParameters Default { get; } = new(100_000, 60, 24);

    /// <summary>The largest row limit the emulator accepts [inf].</summary>
    public const int MaxRowLimit = 10_000_000;

    /// <summary>The longest refresh interval the emulator accepts: a year [inf].</summary>
    public const int MaxRefreshIntervalMinutes = 525_600;

    /// <summary>The widest query window the emulator accepts: ten years [inf].</summary>
    public const int MaxQueryWindowSizeHours = 87_600;

    /// <summary>The refresh interval in seconds, as third-party clients read it (clamped: a job saved before the bounds existed must still serialize).</summary>
    [JsonIgnore] public int RefreshIntervalSeconds => (int)Math.Clamp(RefreshIntervalMinutes * 60L, int.MinValue, int.MaxValue);

    /// <summary>The query window in seconds, as third-party clients read it (clamped like <see cref="RefreshIntervalSeconds"/>).</summary>
    [JsonIgnore] public int QueryWindowSizeSeconds => (int)Math.Clamp(QueryWindowSizeHours * 3600L, int.MinValue, int.MaxValue);
}
