using System.Diagnostics;
using System.Reflection;

namespace TableImport.Hosting.Registration;

/// <summary>
/// Registration's trace: one activity per run (<c>table import registration</c>), with the client's calls beneath it and
/// the summary's counts as tags. Subscribe with OpenTelemetry's <c>AddSource("TableImport.Hosting")</c>, beside
/// <c>AddSource("TableImport.Client")</c> for the calls.
/// </summary>
public static class RegistrationTelemetry
{
    /// <summary>The name of the activity source.</summary>
    public const string Name = "TableImport.Hosting";

    /// <summary>The name of a registration run's activity.</summary>
    public const string RunActivityName = "table import registration";

    // The package version (0.1.0), without the commit the informational version carries.
    internal static readonly ActivitySource ActivitySource = new(
        Name,
        typeof(RegistrationTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]);

    internal static Activity? StartRun(RegistrationMode mode, int jobs)
    {
        var activity = ActivitySource.StartActivity(RunActivityName, ActivityKind.Internal);
        activity?.SetTag("tableimport.registration.mode", mode.ToString());
        activity?.SetTag("tableimport.registration.jobs", jobs);
        return activity;
    }

    internal static void Finish(Activity? activity, RegistrationReport report)
    {
        if (activity is null)
        {
            return;
        }

        activity.SetTag("tableimport.registration.created", report.Created);
        activity.SetTag("tableimport.registration.updated", report.Updated);
        activity.SetTag("tableimport.registration.unchanged", report.Unchanged);
        activity.SetTag("tableimport.registration.failed", report.Failed);
        if (report.Failed > 0)
        {
            activity.SetStatus(ActivityStatusCode.Error, report.Summary);
        }
    }
}
