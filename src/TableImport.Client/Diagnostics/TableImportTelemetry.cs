using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace TableImport.Client;

/// <summary>
/// The client's tracing and metrics. Subscribe to the <see cref="ActivitySource"/> and <see cref="Meter"/> named
/// <see cref="Name"/> (OpenTelemetry: <c>AddSource("TableImport.Client")</c>, <c>AddMeter("TableImport.Client")</c>).
/// Each call is one activity by OpenTelemetry's GraphQL conventions: named after its operation type (<c>query</c> or
/// <c>mutation</c>), tagged <see cref="OperationTypeTag"/> and <see cref="OperationNameTag"/> (the document's
/// operation name, e.g. <c>createTableImportJob</c>), with the HTTP client's span of each attempt beneath it.
/// </summary>
public static class TableImportTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "TableImport.Client";

    /// <summary>The counter of logical calls, tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string RequestCounterName = "tableimport.client.requests";

    /// <summary>The histogram of call durations in seconds (retries and waits included), tagged <c>operation</c> and <c>outcome</c>.</summary>
    public const string DurationHistogramName = "tableimport.client.request.duration";

    /// <summary>The activity tag with the operation's type, <c>query</c> or <c>mutation</c> (OpenTelemetry's <c>graphql.operation.type</c>).</summary>
    public const string OperationTypeTag = "graphql.operation.type";

    /// <summary>The activity tag with the GraphQL operation name the request sends, e.g. <c>listTableImportJobs</c> (OpenTelemetry's <c>graphql.operation.name</c>).</summary>
    public const string OperationNameTag = "graphql.operation.name";

    /// <summary>The package version (<c>0.1.0</c>, without the commit), which the source and the meter carry.</summary>
    internal static readonly string? Version = PackageVersion(typeof(TableImportTelemetry).Assembly);

    internal static readonly ActivitySource ActivitySource = new(Name, Version);

    internal static readonly Meter Meter = new(Name, Version);

    internal static readonly Counter<long> Requests = Meter.CreateCounter<long>(RequestCounterName, unit: "{request}", description: "Table Importer API calls.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationHistogramName, unit: "s", description: "Duration of Table Importer API calls, retries included.");

    /// <summary>
    /// Starts the activity of one call. Its name is the operation type alone, as the conventions advise (the operation
    /// name goes in a tag); <c>tableimport.operation</c> keeps the client's own name of it (<c>CreateJob</c>).
    /// </summary>
    internal static Activity? StartOperation(TableImportOperation operation, Uri endpoint)
    {
        var type = operation.IsMutation() ? "mutation" : "query";
        var activity = ActivitySource.StartActivity(type, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(OperationTypeTag, type);
            activity.SetTag(OperationNameTag, Names.OperationNameOf(operation).Value);
            activity.SetTag("tableimport.operation", operation.Name());
            activity.SetTag("server.address", endpoint.Host);
            activity.SetTag("server.port", endpoint.Port);
        }

        return activity;
    }

    internal static void Record(string operation, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
        Requests.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }

    private static string? PackageVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return assembly.GetName().Version?.ToString();
        }

        var metadata = informational.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? informational : informational[..metadata];
    }
}
