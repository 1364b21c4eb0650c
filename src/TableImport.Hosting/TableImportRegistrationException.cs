using TableImport.Hosting.Registration;

namespace TableImport.Hosting;

/// <summary>Thrown at start-up when <see cref="TableImportOptions.FailOnError"/> is set and a job failed to register.</summary>
public sealed class TableImportRegistrationException : Exception
{
    /// <summary>Creates the exception from a report with failures.</summary>
    public TableImportRegistrationException(RegistrationReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    /// <summary>The whole report, successes included.</summary>
    public RegistrationReport Report { get; }

    private static string Describe(RegistrationReport report) =>
        $"{report.Summary}. " + string.Join(" ", report.Jobs.Where(j => j.Outcome == JobOutcome.Failed).Select(j => j.Message));
}
