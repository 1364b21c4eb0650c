using Microsoft.Extensions.Logging;
using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>
/// Carries out one job's decision: a dry run and a create, an update in place, nothing, or the plan's failure. A create
/// whose answer was lost is not looked up here: <see cref="CreateFollowUp"/> looks for every such job in one listing.
/// </summary>
internal sealed class JobApplier(TableImportClient client, RegistrationMode mode, ILogger logger)
{
    public async Task<Applied> ApplyAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        var (job, type) = (plan.Definition, plan.JobType);
        try
        {
            switch (plan.Action)
            {
                case JobPlanAction.Create:
                    return await CreateAsync(plan, cancellationToken).ConfigureAwait(false);
                case JobPlanAction.Update:
                    return new(await UpdateAsync(plan, cancellationToken).ConfigureAwait(false));
                case JobPlanAction.Unchanged:
                    NotePaused(plan.Existing!, type);
                    HostingLog.Unchanged(logger, type, plan.Existing!.JobId);
                    return new(new JobRegistrationResult(type, job, JobOutcome.Unchanged, plan.Existing.JobId, null));
                default:
                    return new(Failed(job, type, plan.JobId, plan.Message ?? plan.Action.ToString()));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One job's failure, whatever its kind, is that job's outcome; the others still register.
            return new(Failed(job, type, null, ex is TableImportException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>
    /// The create alone, for a job whose earlier answer was lost and that the space does not hold: a create the server
    /// refused without acting on it (a 429, a connection never made) the client retries by itself.
    /// </summary>
    public async Task<Applied> CreateAgainAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        try
        {
            return await SendCreateAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new(Failed(plan.Definition, plan.JobType, null, ex is TableImportException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    public JobRegistrationResult Failed(TableImportJobDefinition job, string type, string? jobId, string message)
    {
        var text = $"{type}: {message}";
        HostingLog.JobFailed(logger, text);
        return new JobRegistrationResult(type, job, JobOutcome.Failed, jobId, text);
    }

    private async Task<Applied> CreateAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        var (job, type) = (plan.Definition, plan.JobType);
        var validation = await client.DryRunAsync(Checked(plan), cancellationToken).ConfigureAwait(false);
        if (!validation.Passed)
        {
            return new(Failed(job, type, null, RegistrationPlanner.Rejected(validation)));
        }

        if (mode == RegistrationMode.ValidateOnly)
        {
            return new(new JobRegistrationResult(type, job, JobOutcome.Validated, null, "dry run passed; would be created"));
        }

        return await SendCreateAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Applied> SendCreateAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        var (job, type) = (plan.Definition, plan.JobType);
        try
        {
            var created = job.EventBased
                ? await client.CreateEventBasedJobAsync(Checked(plan), cancellationToken).ConfigureAwait(false)
                : await client.CreateJobAsync(Checked(plan), cancellationToken).ConfigureAwait(false);
            HostingLog.Created(logger, type, created.JobId);
            return new(new JobRegistrationResult(type, job, JobOutcome.Created, created.JobId, null));
        }
        catch (TableImportOutcomeUnknownException ex)
        {
            // It may have made the job: never blindly again, so no start makes two.
            HostingLog.CreateOutcomeUnknown(logger, type, ex.Message);
            return new(null, ex);
        }
    }

    private async Task<JobRegistrationResult> UpdateAsync(JobPlan plan, CancellationToken cancellationToken)
    {
        var (job, type, current) = (plan.Definition, plan.JobType, plan.Existing!);
        var differences = plan.Differences ?? JobDifferences.Between(job, current);
        var validation = await client.DryRunAsync(Checked(plan), cancellationToken).ConfigureAwait(false);
        if (!validation.Passed)
        {
            return Failed(job, type, current.JobId, RegistrationPlanner.Rejected(validation));
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
            try
            {
                await client.UpdateJobAsync(current.JobId, update, cancellationToken).ConfigureAwait(false);
            }
            catch (TableImportUnsupportedFieldException) when (update.ModelVersion is not null)
            {
                // The server refused the whole document: the job is as it was, like one whose model type changed.
                return Failed(job, type, current.JobId, RegistrationPlanner.VersionCannotChange(plan));
            }
        }
        else
        {
            await client.UpdateIngestionParametersAsync(current.JobId, job.TableIngestionParameters!, cancellationToken).ConfigureAwait(false);
        }

        NotePaused(current, type);
        HostingLog.Updated(logger, type, current.JobId, differences.ToString());
        return new JobRegistrationResult(type, job, JobOutcome.Updated, current.JobId, "updated " + differences);
    }

    // A plan made by PlanAsync carries the verdict; one put together by hand is judged here.
    private static TableImportCheckedJob Checked(JobPlan plan) => plan.Checked ?? TableImportCheckedJob.Check(plan.Definition);

    private void NotePaused(TableImportJobInfo job, string type)
    {
        if (job.JobStatus == JobStatus.Inactive)
        {
            HostingLog.Paused(logger, type, job.JobId);
        }
    }

    private static TableIngestionParameters Merge(TableIngestionParameters? declared, TableIngestionParameters current) => new()
    {
        RowLimit = declared?.RowLimit ?? current.RowLimit,
        RefreshIntervalMinutes = declared?.RefreshIntervalMinutes ?? current.RefreshIntervalMinutes,
        QueryWindowSizeHours = declared?.QueryWindowSizeHours ?? current.QueryWindowSizeHours,
    };
}

/// <summary>One job applied: its result, or the lost answer of its create, which the follow-up resolves.</summary>
internal readonly record struct Applied(JobRegistrationResult? Result, TableImportOutcomeUnknownException? Lost = null);
