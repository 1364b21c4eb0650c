using Microsoft.Extensions.Diagnostics.HealthChecks;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting;

/// <summary>Healthy when every declared job registered; Degraded, with each job's outcome, when one failed.</summary>
internal sealed class TableImportHealthCheck(TableImportRegistrationState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (state.LastReport is not { } report)
        {
            return Task.FromResult(HealthCheckResult.Degraded("Table import registration has not finished."));
        }

        var data = new Dictionary<string, object>();
        foreach (var job in report.Jobs)
        {
            var outcome = job.Outcome + (job.Message is null ? "" : ": " + job.Message);
            // Jobs built by hand may share a name; number them rather than lose one.
            var key = job.JobType;
            for (var n = 2; !data.TryAdd(key, outcome); n++)
            {
                key = $"{job.JobType} ({n})";
            }
        }

        return Task.FromResult(report.Failed > 0
            ? HealthCheckResult.Degraded(report.Summary, data: data)
            : HealthCheckResult.Healthy(report.Summary, data));
    }
}
