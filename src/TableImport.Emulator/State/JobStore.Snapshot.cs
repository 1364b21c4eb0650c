using TableImport.Emulator.Model;

namespace TableImport.Emulator.State;

/// <summary>Everything the emulator holds, at one moment, for the page at <c>GET /</c>.</summary>
internal sealed partial class JobStore
{
    /// <summary>Every space in the order of its first job, each job with its newest <paramref name="queriesPerJob"/> queries.</summary>
    public IReadOnlyList<SpaceView> Snapshot(int queriesPerJob)
    {
        lock (gate)
        {
            return jobIdsBySpace
                .Where(space => space.Value.Count > 0)
                .Select(space => new SpaceView(space.Key, space.Value.Select(id => View(jobs[id], queriesPerJob)).ToList()))
                .OrderBy(space => space.Jobs[0].Job.Sequence)
                .ToList();
        }
    }

    private JobView View(TableImportJob job, int queriesPerJob)
    {
        var queries = queriesByJob.TryGetValue(job.JobId, out var list) ? list : [];
        var newest = queries.Skip(Math.Max(0, queries.Count - queriesPerJob)).Reverse().ToList();
        return new JobView(job, queries.Count, newest, lastRunProblems.GetValueOrDefault(job.JobId));
    }
}

/// <summary>A space and its jobs, in creation order.</summary>
internal sealed record SpaceView(string SpaceId, IReadOnlyList<JobView> Jobs);

/// <summary>A job, how many queries it has run, the newest of them (newest first), and why its last run failed, if it did.</summary>
internal sealed record JobView(TableImportJob Job, int QueryCount, IReadOnlyList<TableImportJobQuery> NewestQueries, string? LastRunProblem);
