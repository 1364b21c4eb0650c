using TableImport.Client;

namespace TableImport.Hosting.Registration;

/// <summary>A space's live (not deleted) jobs as one listing saw them, each with its identity, oldest first.</summary>
internal sealed class SpaceJobs
{
    private readonly List<(TableImportJobIdentity Identity, TableImportJobInfo Job)> jobs;

    private SpaceJobs(List<(TableImportJobIdentity Identity, TableImportJobInfo Job)> jobs) => this.jobs = jobs;

    /// <summary>Lists the space once.</summary>
    public static async Task<SpaceJobs> ListAsync(TableImportClient client, CancellationToken cancellationToken)
    {
        var live = new List<(TableImportJobIdentity Identity, TableImportJobInfo Job)>();
        await foreach (var job in client.ListJobsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (job.JobStatus != JobStatus.Deleted)
            {
                live.Add((job.GetIdentity(), job));
            }
        }

        // Every replica orders the same jobs the same way: by creation time, then job id.
        live.Sort(static (a, b) =>
        {
            var byTime = a.Job.CreatedAt.CompareTo(b.Job.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.Job.JobId, b.Job.JobId);
        });
        return new SpaceJobs(live);
    }

    /// <summary>The jobs the server reports with an identity that <paramref name="declared"/> may be, oldest first.</summary>
    public List<TableImportJobInfo> Matching(TableImportJobIdentity declared) =>
        jobs.Where(e => declared.Matches(e.Identity)).Select(e => e.Job).ToList();

    /// <summary>
    /// The jobs of <paramref name="declared"/>'s identity that no other of <paramref name="others"/> may be, plus
    /// <paramref name="own"/> itself: a job another declaration could be is never taken for this one's duplicate.
    /// </summary>
    public List<TableImportJobInfo> OnlyOf(TableImportJobIdentity declared, string? own, IEnumerable<TableImportJobIdentity> others) =>
        jobs.Where(e => declared.Matches(e.Identity) && (e.Job.JobId == own || !others.Any(other => other.Matches(e.Identity))))
            .Select(e => e.Job)
            .ToList();
}
