using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>
/// Brings a space in line with the declared jobs: lists the space's jobs once, then for each declared job dry-runs
/// and creates it when missing, updates its model version, schema or ingestion parameters when they differ, and leaves
/// it alone when it is as declared. It never deletes a job it did not create, and leaves paused jobs paused. A create
/// whose answer was lost is never blindly repeated: the registrar looks for the job in the space first.
/// </summary>
/// <remarks>
/// Jobs are told apart by <see cref="TableImportJobIdentity"/>, as the analyzer's TI0019 tells them apart. Two of the
/// app's own declarations with one identity are never resolved by deleting anything: every one of them fails with
/// TI0019's message. A start that created jobs lists the space once more, for the creates whose answer was lost and for
/// replicas that created the same job at the same time (see the duplicate rule on <see cref="ApplyAsync"/>).
/// </remarks>
public sealed class TableImportRegistrar
{
    private readonly TableImportClient client;
    private readonly TableImportOptions options;
    private readonly ILogger logger;

    /// <summary>Creates a registrar that talks through <paramref name="client"/>.</summary>
    public TableImportRegistrar(TableImportClient client, IOptions<TableImportOptions> options, ILogger<TableImportRegistrar>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        this.client = client;
        this.options = options.Value;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Registers <paramref name="jobs"/> with the space and logs one summary line: <see cref="PlanAsync"/>, then
    /// <see cref="ApplyAsync"/>, as one activity of <see cref="RegistrationTelemetry"/> tagged with the summary's counts.
    /// </summary>
    /// <param name="jobs">The declared jobs; one per identity (<see cref="TableImportJobIdentity"/>): two with one identity both fail.</param>
    /// <param name="cancellationToken">Stops registration.</param>
    public async Task<RegistrationReport> RegisterAsync(IReadOnlyList<TableImportJobDefinition> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (options.Mode == RegistrationMode.Off)
        {
            HostingLog.RegistrationOff(logger);
            return new RegistrationReport(options.Mode, []);
        }

        using var activity = RegistrationTelemetry.StartRun(options.Mode, jobs.Count);
        RegistrationReport report;
        try
        {
            var plan = await PlanAsync(jobs, cancellationToken).ConfigureAwait(false);
            report = await ApplyAsync(plan, null, cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException ex)
        {
            HostingLog.ListFailed(logger, ex.Message);
            var failed = jobs.Select(j => RegistrationPlanner.TypeOf(j))
                .Select((type, i) => new JobRegistrationResult(type, jobs[i], JobOutcome.Failed, null, $"{type}: could not list the space's jobs: {ex.Message}"))
                .ToArray();
            report = Finish(new RegistrationReport(options.Mode, failed));
        }

        RegistrationTelemetry.Finish(activity, report);
        return report;
    }

    /// <summary>
    /// Decides, without writing anything, what registration would do with each of <paramref name="jobs"/>: lists the space's
    /// jobs once and compares each declaration with the job of its identity. A job that would be created or updated but
    /// breaks an Arize rule (<see cref="TableImportJobDefinition.Validate"/>) is <see cref="JobPlanAction.Invalid"/>, as the
    /// client would refuse to send it; the server's own dry run happens when the plan is applied.
    /// </summary>
    /// <param name="jobs">The declared jobs; two with one identity are both <see cref="JobPlanAction.Invalid"/> (TI0019).</param>
    /// <param name="cancellationToken">Stops planning.</param>
    /// <exception cref="TableImportException">The space's jobs could not be listed.</exception>
    public async Task<RegistrationPlan> PlanAsync(IReadOnlyList<TableImportJobDefinition> jobs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var space = await SpaceJobs.ListAsync(client, cancellationToken).ConfigureAwait(false);
        return await RegistrationPlanner.PlanAsync(client, jobs, space, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Carries out <paramref name="plan"/> as start-up registration does: per job a dry run and a create, an update in
    /// place, nothing, or a failure with the plan's reason; then, when anything was created, one more listing resolves
    /// creates whose answer was lost and duplicates made by replicas starting at the same time (all but the first job of
    /// an identity, by creation time and job id, are deleted). Logs one summary line.
    /// </summary>
    /// <param name="plan">What <see cref="PlanAsync"/> decided.</param>
    /// <param name="progress">Told each job's result as soon as the job is done, for a progress display; may be null.</param>
    /// <param name="cancellationToken">Stops registration.</param>
    public async Task<RegistrationReport> ApplyAsync(RegistrationPlan plan, IProgress<JobRegistrationResult>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var mode = options.Mode;
        if (mode == RegistrationMode.Off)
        {
            HostingLog.RegistrationOff(logger);
            return new RegistrationReport(mode, []);
        }

        var applier = new JobApplier(client, mode, logger);
        var applied = new Applied[plan.Jobs.Count];
        var results = new JobRegistrationResult[plan.Jobs.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plan.Jobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                applied[i] = await applier.ApplyAsync(plan.Jobs[i], token).ConfigureAwait(false);
                if (applied[i].Result is { } result)
                {
                    results[i] = result;
                    progress?.Report(result);
                }
            }).ConfigureAwait(false);

        var lost = Enumerable.Range(0, applied.Length).Where(i => applied[i].Lost is not null).ToArray();
        await new CreateFollowUp(client, applier, logger).CompleteAsync(plan.Jobs, applied, results, cancellationToken).ConfigureAwait(false);
        foreach (var i in lost)
        {
            progress?.Report(results[i]);
        }

        return Finish(new RegistrationReport(mode, results));
    }

    private RegistrationReport Finish(RegistrationReport report)
    {
        HostingLog.Summary(logger, report.Summary);
        return report;
    }
}
