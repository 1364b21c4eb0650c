using Microsoft.Extensions.Logging;
using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>
/// What a start does after its creates, from one more listing of the space: a create whose answer was lost is looked
/// for (found: it was created; not found: it is created once more), and duplicates made by replicas starting at the same
/// time are resolved. Several replicas may all see a job missing and all create it; each that created lists again and
/// keeps only the first job of that identity (by creation time, then job id), deleting the rest: every replica orders
/// the same jobs the same way, so exactly one survives.
/// </summary>
internal sealed class CreateFollowUp(TableImportClient client, JobApplier applier, ILogger logger)
{
    /// <summary>Completes <paramref name="results"/>: every lost create resolved, every duplicate of a created job deleted.</summary>
    public async Task CompleteAsync(IReadOnlyList<JobPlan> plans, Applied[] applied, JobRegistrationResult[] results, CancellationToken cancellationToken)
    {
        var lost = Enumerable.Range(0, applied.Length).Where(i => applied[i].Lost is not null).ToList();
        if (lost.Count == 0 && !results.Any(r => r?.Outcome == JobOutcome.Created))
        {
            return;
        }

        var space = await TryListAsync(plans, applied, results, lost, cancellationToken).ConfigureAwait(false);
        if (space is null)
        {
            return;
        }

        var lostTwice = new List<int>();
        var createdAgain = false;
        foreach (var i in lost)
        {
            if (FoundIn(space, plans[i]) is { } found)
            {
                results[i] = Found(plans[i], found);
                continue;
            }

            var again = await applier.CreateAgainAsync(plans[i], cancellationToken).ConfigureAwait(false);
            applied[i] = again;
            if (again.Result is { } result)
            {
                results[i] = result;
                createdAgain |= result.Outcome == JobOutcome.Created;
            }
            else
            {
                lostTwice.Add(i);
            }
        }

        // A create made now, or lost again, is not in the listing: the lost-answer check needs the space as it is now.
        if (lostTwice.Count > 0 || createdAgain)
        {
            space = await TryListAsync(plans, applied, results, lostTwice, cancellationToken).ConfigureAwait(false);
            if (space is null)
            {
                return;
            }

            foreach (var i in lostTwice)
            {
                results[i] = FoundIn(space, plans[i]) is { } found
                    ? Found(plans[i], found)
                    : applier.Failed(plans[i].Definition, plans[i].JobType, null, $"the answer to its create was lost twice and the job is not in the space; the next start looks again: {applied[i].Lost!.Message}");
            }
        }

        await ResolveDuplicatesAsync(space, plans, results, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The listing, or null when it failed: then every job still waiting for it fails, naming both problems.</summary>
    private async Task<SpaceJobs?> TryListAsync(IReadOnlyList<JobPlan> plans, Applied[] applied, JobRegistrationResult[] results, List<int> waiting, CancellationToken cancellationToken)
    {
        try
        {
            return await SpaceJobs.ListAsync(client, cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException ex)
        {
            HostingLog.ListFailed(logger, ex.Message);
            foreach (var i in waiting)
            {
                results[i] = applier.Failed(plans[i].Definition, plans[i].JobType, null,
                    $"the answer to its create was lost ({applied[i].Lost!.Message}) and the space could not be searched for the job: {ex.Message}");
            }

            return null;
        }
    }

    private static TableImportJobInfo? FoundIn(SpaceJobs space, JobPlan plan) => space.Matching(TableImportJobIdentity.Of(plan.Definition)).FirstOrDefault();

    private JobRegistrationResult Found(JobPlan plan, TableImportJobInfo found)
    {
        HostingLog.Created(logger, plan.JobType, found.JobId);
        return new JobRegistrationResult(plan.JobType, plan.Definition, JobOutcome.Created, found.JobId, "the answer to its create was lost; the job was found in the space");
    }

    private async Task ResolveDuplicatesAsync(SpaceJobs space, IReadOnlyList<JobPlan> plans, JobRegistrationResult[] results, CancellationToken cancellationToken)
    {
        var declared = plans.Select(p => TableImportJobIdentity.Of(p.Definition)).ToArray();
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.Outcome != JobOutcome.Created)
            {
                continue;
            }

            // A job another declaration of the app could be (the server left out the coordinate that tells them apart)
            // is never taken for a replica's duplicate: deleting it could delete a job the app declared.
            var same = space.OnlyOf(declared[i], result.JobId, declared.Where((_, j) => j != i));

            // Another replica may already have deleted this one's job as its duplicate: then the survivor is another's.
            if (same.Count == 0 || (same.Count == 1 && same[0].JobId == result.JobId))
            {
                continue;
            }

            // The identity had no live job when this run planned, so every job of it now was created by a replica starting
            // alongside this one. All but the first in (creation time, job id) order go, whoever made them: the replica
            // that creates last sees every duplicate, and nobody ever deletes the first.
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
                results[i] = applier.Failed(result.Definition, result.JobType, result.JobId, failure);
            }
            else if (keep.JobId != result.JobId)
            {
                results[i] = result with { Outcome = JobOutcome.Unchanged, JobId = keep.JobId, Message = "another instance created the same job at the same time; its job was kept" };
            }
        }
    }
}
