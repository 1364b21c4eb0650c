namespace TableImport.Emulator.Model;

/// <summary>The defaults and bounds of a job's ingestion parameters, and how a create's or an update's values apply.</summary>
internal static class IngestionParameters
{
    /// <summary>The row limit a create leaves out [inf, documented in schema.graphql].</summary>
    public const int DefaultRowLimit = 100_000;

    /// <summary>The refresh interval a create leaves out.</summary>
    public const int DefaultRefreshIntervalMinutes = 60;

    /// <summary>The query window a create leaves out.</summary>
    public const int DefaultQueryWindowSizeHours = 24;

    /// <summary>The largest row limit the emulator accepts [inf].</summary>
    public const int MaxRowLimit = 10_000_000;

    /// <summary>The longest refresh interval the emulator accepts: a year [inf].</summary>
    public const int MaxRefreshIntervalMinutes = 525_600;

    /// <summary>The widest query window the emulator accepts: ten years [inf].</summary>
    public const int MaxQueryWindowSizeHours = 87_600;

    /// <summary>The defaults, as a new object each time: a job's parameters are never shared with another's.</summary>
    public static TableIngestionParameters Defaults() => new()
    {
        RowLimit = DefaultRowLimit,
        RefreshIntervalMinutes = DefaultRefreshIntervalMinutes,
        QueryWindowSizeHours = DefaultQueryWindowSizeHours,
    };

    /// <summary>The values <paramref name="sent"/> sets, over <paramref name="current"/> (a null leaves a value as it is).</summary>
    public static TableIngestionParameters Apply(TableIngestionParameters? sent, TableIngestionParameters current) => new()
    {
        RowLimit = sent?.RowLimit ?? current.RowLimit,
        RefreshIntervalMinutes = sent?.RefreshIntervalMinutes ?? current.RefreshIntervalMinutes,
        QueryWindowSizeHours = sent?.QueryWindowSizeHours ?? current.QueryWindowSizeHours,
    };

    /// <summary>The refresh interval in seconds, as third-party clients read it (clamped: a job saved before the bounds existed must still serialize).</summary>
    public static int RefreshIntervalSeconds(TableIngestionParameters parameters) =>
        (int)Math.Clamp((parameters.RefreshIntervalMinutes ?? DefaultRefreshIntervalMinutes) * 60L, int.MinValue, int.MaxValue);

    /// <summary>The query window in seconds, as third-party clients read it (clamped like <see cref="RefreshIntervalSeconds"/>).</summary>
    public static int QueryWindowSizeSeconds(TableIngestionParameters parameters) =>
        (int)Math.Clamp((parameters.QueryWindowSizeHours ?? DefaultQueryWindowSizeHours) * 3600L, int.MinValue, int.MaxValue);
}
