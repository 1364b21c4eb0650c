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
/// TI0019's message. Several replicas may start at once and all see a job missing. Each one that created a job lists
/// again and keeps only the first job of that identity (by creation time, then job id), deleting the rest: every replica
/// orders the same jobs the same way, so exactly one survives.
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

    /// <summary>Registers <paramref name="jobs"/> with the space and logs one summary line: <see cref="PlanAsync"/>, then <see cref="ApplyAsync"/>.</summary>
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

        RegistrationPlan plan;
        try
        {
            plan = await PlanAsync(jobs, cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException ex)
        {
            HostingLog.ListFailed(logger, ex.Message);
            var failed = jobs.Select(j => new JobRegistrationResult(TypeOf(j), j, JobOutcome.Failed, null, $"{TypeOf(j)}: could not list the space's jobs: {ex.Message}")).ToArray();
            return Finish(new RegistrationReport(options.Mode, failed));
        }

        return await ApplyAsync(plan, null, cancellationToken).ConfigureAwait(false);
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
        var collisions = Collisions(jobs);
        var existing = await ListLiveJobsAsync(cancellationToken).ConfigureAwait(false);
        var plans = new JobPlan[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            plans[i] = collisions.TryGetValue(i, out var collision)
                ? new JobPlan(TypeOf(jobs[i]), jobs[i], JobPlanAction.Invalid, null, [], collision)
                : PlanOne(jobs[i], existing);
        }

        return new RegistrationPlan(plans);
    }

    /// <summary>
    /// Carries out <paramref name="plan"/> as start-up registration does: per job a dry run and a create, an update in
    /// place, nothing, or a failure with the plan's reason; then duplicates made by replicas starting at the same time are
    /// resolved. Logs one summary line.
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

        var results = new JobRegistrationResult[plan.Jobs.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, plan.Jobs.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                results[i] = await ApplyOneAsync(plan.Jobs[i], mode, token).ConfigureAwait(false);
                progress?.Report(results[i]);
            }).ConfigureAwait(false);

        if (results.Any(r => r.Outcome == JobOutcome.Created))
        {
            await ResolveDuplicatesAsync(results, plan.Jobs.Select(j => j.Definition).ToArray(), cancellationToken).ConfigureAwait(false);
        }

        return Finish(new RegistrationReport(mode, results));
    }

    private JobPlan PlanOne(TableImportJobDefinition job, List<(TableImportJobIdentity Identity, TableImportJobInfo Job)> existing)
    {
        var type = TypeOf(job);
        try
        {
            var identity = TableImportJobIdentity.Of(job);
            var matches = existing.Where(e => identity.Matches(e.Identity)).Select(e => e.Job).ToList();
            if (matches.Count == 0)
            {
                return Refused(job) is { } refused
                    ? new JobPlan(type, job, JobPlanAction.Invalid, null, [], refused)
                    : new JobPlan(type, job, JobPlanAction.Create, null, [], null);
            }

            // With several (made before by hand, or by another tool), the oldest is the one registration keeps in line.
            var current = matches[0];
            if (matches.Count > 1)
            {
                HostingLog.PreexistingDuplicates(logger, type, matches.Count, current.JobId);
            }
            var differences = JobDifferences.Between(job, current);
            if (differences.Fixed.Count > 0)
            {
                return new JobPlan(type, job, JobPlanAction.CannotChange, current, differences.Fixed,
                    $"job {current.JobId} in the space differs in {differences.FixedDescription}, which the Table Importer API cannot change on an existing job; delete that job in Arize (registration never deletes one) or give the declaration another model name");
            }

            if (!differences.Any)
            {
                return new JobPlan(type, job, JobPlanAction.Unchanged, current, [], null);
            }

            return Refused(job) is { } invalid
                ? new JobPlan(type, job, JobPlanAction.Invalid, current, differences.Changes, invalid)
                : new JobPlan(type, job, JobPlanAction.Update, current, differences.Changes, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One job's problem, whatever its kind, is that job's outcome; the others are still planned.
            return new JobPlan(type, job, JobPlanAction.Invalid, null, [], $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<JobRegistrationResult> ApplyOneAsync(JobPlan plan, RegistrationMode mode, CancellationToken cancellationToken)
    {
        var (job, type) = (plan.Definition, plan.JobType);
        try
        {
            switch (plan.Action)
            {
                case JobPlanAction.Create:
                    return await CreateAsync(job, type, mode, cancellationToken).ConfigureAwait(false);
                case JobPlanAction.Update:
                    return await UpdateAsync(job, type, mode, plan.Existing!, JobDifferences.Between(job, plan.Existing!), cancellationToken).ConfigureAwait(false);
                case JobPlanAction.Unchanged:
                    NotePaused(plan.Existing!, type);
                    HostingLog.Unchanged(logger, type, plan.Existing!.JobId);
                    return new JobRegistrationResult(type, job, JobOutcome.Unchanged, plan.Existing.JobId, null);
                default:
                    return Failed(job, type, plan.JobId, plan.Message ?? plan.Action.ToString());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One job's failure, whatever its kind, is that job's outcome; the others still register.
            return Failed(job, type, null, ex is TableImportException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Why the client would refuse to send <paramref name="job"/> (the Arize rules it breaks), or null.</summary>
    private static string? Refused(TableImportJobDefinition job) =>
        TableImportValidationResult.OfArizeRules(job) is { } refused ? Rejected(refused) : null;

    private async Task<JobRegistrationResult> CreateAsync(TableImportJobDefinition job, string type, RegistrationMode mode, CancellationToken cancellationToken)
    {
        var validation = await client.DryRunAsync(job, cancellationToken).ConfigureAwait(false);
        if (!validation.Passed)
        {
            return Failed(job, type, null, Rejected(validation));
        }

        if (mode == RegistrationMode.ValidateOnly)
        {
            return new JobRegistrationResult(type, job, JobOutcome.Validated, null, "dry run passed; would be created");
        }

        // A create the server refused without acting on it (a 429, a connection never made) the client retries by itself.
        // One whose answer was lost may have made the job: look for it before creating again, so no start makes two.
        TableImportOutcomeUnknownException? lost = null;
        for (var tries = 0; tries < 2; tries++)
        {
            try
            {
                var created = job.EventBased
                    ? await client.CreateEventBasedJobAsync(job, cancellationToken).ConfigureAwait(false)
                    : await client.CreateJobAsync(job, cancellationToken).ConfigureAwait(false);
                HostingLog.Created(logger, type, created.JobId);
                return new JobRegistrationResult(type, job, JobOutcome.Created, created.JobId, null);
            }
            catch (TableImportOutcomeUnknownException ex)
            {
                lost = ex;
                HostingLog.CreateOutcomeUnknown(logger, type, ex.Message);
                TableImportJobInfo? found;
                try
                {
                    found = await FindLiveAsync(job, cancellationToken).ConfigureAwait(false);
                }
                catch (TableImportException lookup)
                {
                    return Failed(job, type, null, $"the answer to its create was lost ({ex.Message}) and the space could not be searched for the job: {lookup.Message}");
                }

                if (found is not null)
                {
                    HostingLog.Created(logger, type, found.JobId);
                    return new JobRegistrationResult(type, job, JobOutcome.Created, found.JobId, "the answer to its create was lost; the job was found in the space");
                }
            }
        }

        return Failed(job, type, null, $"the answer to its create was lost twice and the job is not in the space; the next start looks again: {lost!.Message}");
    }

    /// <summary>The oldest live job of the space that is <paramref name="job"/>, by the registrar's identity; null when there is none.</summary>
    private async Task<TableImportJobInfo?> FindLiveAsync(TableImportJobDefinition job, CancellationToken cancellationToken)
    {
        var identity = TableImportJobIdentity.Of(job);
        var live = await ListLiveJobsAsync(cancellationToken).ConfigureAwait(false);
        return live.Where(e => identity.Matches(e.Identity)).Select(e => e.Job).FirstOrDefault();
    }

    private async Task<JobRegistrationResult> UpdateAsync(
        TableImportJobDefinition job,
        string type,
        RegistrationMode mode,
        TableImportJobInfo current,
        JobDifferences differences,
        CancellationToken cancellationToken)
    {
        var validation = await client.DryRunAsync(job, cancellationToken).ConfigureAwait(false);
        if (!validation.Passed)
        {
            return Failed(job, type, current.JobId, Rejected(validation));
        }

        if (mode == RegistrationMode.ValidateOnly)
        {
            return new JobRegistrationResult(type, job, JobOutcome.Validated, current.JobId, "dry run passed; would update " + differences);
        }

        if (differences.ModelVersionChanged || differences.SchemaChanged)
        {
            // updateTableImportJob always gets the schema too, as the seed's and the third-party client's documents send it;
            // the server's effective parameters stand in for those the declaration leaves unset.
            var update = new TableImportJobUpdate
            {
                ModelVersion = differences.ModelVersionChanged ? job.ModelVersion : null,
                Schema = job.Schema,
                TableIngestionParameters = Merge(job.TableIngestionParameters, current.TableIngestionParameters),
            };
            await client.UpdateJobAsync(current.JobId, update, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await client.UpdateIngestionParametersAsync(current.JobId, job.TableIngestionParameters!, cancellationToken).ConfigureAwait(false);
        }

        NotePaused(current, type);
        HostingLog.Updated(logger, type, current.JobId, differences.ToString());
        return new JobRegistrationResult(type, job, JobOutcome.Updated, current.JobId, "updated " + differences);
    }

    private async Task ResolveDuplicatesAsync(JobRegistrationResult[] results, IReadOnlyList<TableImportJobDefinition> jobs, CancellationToken cancellationToken)
    {
        List<(TableImportJobIdentity Identity, TableImportJobInfo Job)> live;
        try
        {
            live = await ListLiveJobsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException ex)
        {
            HostingLog.ListFailed(logger, ex.Message);
            return;
        }

        var declared = jobs.Select(TableImportJobIdentity.Of).ToArray();
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.Outcome != JobOutcome.Created)
            {
                continue;
            }

            // A job another declaration of the app could be (the server left out the coordinate that tells them apart)
            // is never taken for a replica's duplicate: deleting it could delete a job the app declared.
            var identity = declared[i];
            var same = live
                .Where(e => identity.Matches(e.Identity)
                            && (e.Job.JobId == result.JobId || !declared.Where((other, j) => j != i && other.Matches(e.Identity)).Any()))
                .Select(e => e.Job)
                .ToList();

            // Another replica may already have deleted this one's job as its duplicate: then the survivor is another's.
            if (same.Count == 0 || (same.Count == 1 && same[0].JobId == result.JobId))
            {
                continue;
            }

            // The identity had no live job when this run listed the space, so every job of it now was created by a
            // replica starting alongside this one. All but the first in (creation time, job id) order go, whoever made
            // them: the replica that creates last sees every duplicate, and nobody ever deletes the first.
            var keep = same[0];
            string? failure = null;
            foreach (var duplicate in same.Skip(1))
            {
                try
                {
                    await client.DeleteJobAsync(duplicate.JobId, cancellationToken).ConfigureAwait(false);
                    HostingLog.DuplicateRemoved(logger, result.JobType, duplicate.JobId, keep.JobId);
                }
                catch (TableImportException ex)
                {
                    failure ??= $"could not delete duplicate job {duplicate.JobId} of job {keep.JobId}: {ex.Message}";
                }
            }

            if (failure is not null)
            {
                results[i] = Failed(result.Definition, result.JobType, result.JobId, failure);
            }
            else if (keep.JobId != result.JobId)
            {
                results[i] = result with { Outcome = JobOutcome.Unchanged, JobId = keep.JobId, Message = "another instance created the same job at the same time; its job was kept" };
            }
        }
    }

    /// <summary>The space's jobs that are not deleted, with their identities as the server reports them, oldest first.</summary>
    private async Task<List<(TableImportJobIdentity Identity, TableImportJobInfo Job)>> ListLiveJobsAsync(CancellationToken cancellationToken)
    {
        var live = new List<(TableImportJobIdentity Identity, TableImportJobInfo Job)>();
        await foreach (var job in client.ListJobsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (job.JobStatus != JobStatus.Deleted)
            {
                live.Add((job.GetIdentity(), job));
            }
        }

        live.Sort(static (a, b) =>
        {
            var byTime = a.Job.CreatedAt.CompareTo(b.Job.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Job.JobId, b.Job.JobId);
        });
        return live;
    }

    /// <summary>
    /// TI0019 at run time: each declaration whose identity another declaration shares, by index, with the message that
    /// names the other. All of them fail, none is registered: which one "wins" would depend on declaration order.
    /// </summary>
    internal static Dictionary<int, string> Collisions(IReadOnlyList<TableImportJobDefinition> jobs)
    {
        var collisions = new Dictionary<int, string>();
        var identities = jobs.Select(TableImportJobIdentity.Of).ToArray();
        foreach (var group in Enumerable.Range(0, jobs.Count).GroupBy(i => identities[i]).Where(g => g.Count() > 1))
        {
            var members = group.ToArray();
            foreach (var i in members)
            {
                var other = members[i == members[0] ? 1 : 0];
                collisions[i] = "TI0019: " + identities[i].CollisionMessage("it", TypeOf(jobs[other]));
            }
        }

        return collisions;
    }

    private void NotePaused(TableImportJobInfo job, string type)
    {
        if (job.JobStatus == JobStatus.Inactive)
        {
            HostingLog.Paused(logger, type, job.JobId);
        }
    }

    private JobRegistrationResult Failed(TableImportJobDefinition job, string type, string? jobId, string message)
    {
        var text = $"{type}: {message}";
        HostingLog.JobFailed(logger, text);
        return new JobRegistrationResult(type, job, JobOutcome.Failed, jobId, text);
    }

    private RegistrationReport Finish(RegistrationReport report)
    {
        HostingLog.Summary(logger, report.Summary);
        return report;
    }

    private static TableIngestionParameters Merge(TableIngestionParameters? declared, TableIngestionParameters current) => new()
    {
        RowLimit = declared?.RowLimit ?? current.RowLimit,
        RefreshIntervalMinutes = declared?.RefreshIntervalMinutes ?? current.RefreshIntervalMinutes,
        QueryWindowSizeHours = declared?.QueryWindowSizeHours ?? current.QueryWindowSizeHours,
    };

    private static string Rejected(TableImportValidationResult validation) =>
        validation.Violations.Count > 0
            ? $"the job breaks Arize rules, so nothing was sent: {validation.ErrorMessage}"
            : $"Arize rejected the job in its dry run: {validation.ErrorMessage ?? validation.Status}" + (validation.ErrorCode is null ? "" : $" ({validation.ErrorCode})");

    private static string TypeOf(TableImportJobDefinition job) => job.JobTypeName ?? $"job '{job.ModelName}'";
}
