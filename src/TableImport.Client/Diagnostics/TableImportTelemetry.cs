using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TableImport.Client;

/// <summary>
/// The client's tracing and metrics. Subscribe to the <see cref="ActivitySource"/> and <see cref="Meter"/> named
/// <see cref="Name"/> (OpenTelemetry: <c>AddSource("TableImport.Client")</c>, <c>AddMeter("TableImport.Client")</c>).
/// </summary>
public static class TableImportTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "TableImport.Client";

    /// <summary>The counter of logical calls, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string RequestCounterName = "tableimport.client.requests";

    /// <summary>The histogram of call durations in seconds (retries and waits included), tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string DurationHistogramName = "tableimport.client.request.duration";

    internal static readonly ActivitySource ActivitySource = new(Name, typeof(TableImportTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(Name, typeof(TableImportTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>(RequestCounterName, unit: "{request}", description: "Table Importer API calls.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationHistogramName, unit: "s", description: "Duration of Table Importer API calls, retries included.");

    internal static void Record(string operation, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
        Requests.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
