using Microsoft.Extensions.Logging;
using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>
/// Decides what registration does with each declared job, from one listing of the space, without writing anything.
/// Each decision keeps the rule engine's verdict and the differences it found, so that applying it judges nothing again.
/// </summary>
internal static class RegistrationPlanner
{
    public static async Task<RegistrationPlan> PlanAsync(TableImportClient client, IReadOnlyList<TableImportJobDefinition> jobs, SpaceJobs space, ILogger logger, CancellationToken cancellationToken)
    {
        var plan = Plan(jobs, space, logger);
        return await WithoutUnsupportedVersionChangesAsync(client, plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Why a job whose model version changed fails on a server whose update input has no <c>modelVersion</c>.</summary>
    public static string VersionCannotChange(JobPlan plan) =>
        $"cannot change in place: modelVersion — this server's updateTableImportJob has no modelVersion (declared '{plan.Definition.ModelVersion}', the space's job {plan.JobId} has '{plan.Existing?.ModelVersion}'); the job is left as it is: keep its version, or delete the job in Arize so that registration creates it anew";

    private static RegistrationPlan Plan(IReadOnlyList<TableImportJobDefinition> jobs, SpaceJobs space, ILogger logger)
    {
        var collisions = TableImportJobIdentity.Collisions(jobs);
        var plans = new JobPlan[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            plans[i] = collisions.TryGetValue(i, out var collision)
                ? new JobPlan(TypeOf(jobs[i]), jobs[i], JobPlanAction.Invalid, null, [], collision)
                : PlanOne(jobs[i], space, logger);
        }

        return new RegistrationPlan(plans);
    }

    /// <summary>How results and messages name a declared job: its C# type, or its model name when it was built by hand.</summary>
    public static string TypeOf(TableImportJobDefinition job) => job.JobTypeName ?? $"job '{job.ModelName}'";

    /// <summary>Why a job Arize would refuse fails: its dry run's answer, or the rules it breaks when nothing was sent.</summary>
    public static string Rejected(TableImportValidationResult validation) =>
        validation.Violations.Count > 0
            ? $"the job breaks Arize rules, so nothing was sent: {validation.ErrorMessage}"
            : $"Arize rejected the job in its dry run: {validation.ErrorMessage ?? validation.Status}" + (validation.ErrorCode is null ? "" : $" ({validation.ErrorCode})");

    /// <summary>
    /// A model version change needs an extra (<c>modelVersion</c> on the update's input) that no working request has proven:
    /// only when the plan has one does it ask the server's schema (one introspection query), and where the server says it
    /// lacks the field, the job cannot change, as applying would find. A server that refuses introspection is left to
    /// the update to tell.
    /// </summary>
    private static async Task<RegistrationPlan> WithoutUnsupportedVersionChangesAsync(TableImportClient client, RegistrationPlan plan, CancellationToken cancellationToken)
    {
        if (!plan.Jobs.Any(j => j.Action == JobPlanAction.Update && j.Differences?.ModelVersionChanged == true))
        {
            return plan;
        }

        TableImportServerSupport? support;
        try
        {
            support = await client.GetServerSupportAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException)
        {
            support = null;
        }

        if (support is not { UpdateTakesModelVersion: false })
        {
            return plan;
        }

        return new RegistrationPlan(plan.Jobs
            .Select(j => j.Action == JobPlanAction.Update && j.Differences?.ModelVersionChanged == true
                ? j with { Action = JobPlanAction.CannotChange, Changes = j.Differences.JobFields, Message = VersionCannotChange(j) }
                : j)
            .ToArray());
    }

    private static JobPlan PlanOne(TableImportJobDefinition job, SpaceJobs space, ILogger logger)
    {
        var type = TypeOf(job);
        try
        {
            var matches = space.Matching(TableImportJobIdentity.Of(job));
            if (matches.Count == 0)
            {
                var created = TableImportCheckedJob.Check(job);
                return created.Refusal is { } refused
                    ? new JobPlan(type, job, JobPlanAction.Invalid, null, [], Rejected(refused)) { Checked = created }
                    : new JobPlan(type, job, JobPlanAction.Create, null, [], null) { Checked = created };
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

            var updated = TableImportCheckedJob.Check(job);
            return updated.Refusal is { } invalid
                ? new JobPlan(type, job, JobPlanAction.Invalid, current, differences.Changes, Rejected(invalid)) { Checked = updated, Differences = differences }
                : new JobPlan(type, job, JobPlanAction.Update, current, differences.Changes, null) { Checked = updated, Differences = differences };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One job's problem, whatever its kind, is that job's outcome; the others are still planned.
            return new JobPlan(type, job, JobPlanAction.Invalid, null, [], $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
