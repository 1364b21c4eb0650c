using TableImport.Emulator.Model;

namespace TableImport.Emulator.State;

/// <summary>
/// Every job and query of the emulator. One lock guards all of it: the emulator serves a handful of clients, and a
/// single lock makes "8 clients creating at once" trivially exact. Records are immutable, so what a reader got stays
/// consistent after the lock is released. Errors a client caused are thrown as <see cref="EmulatorStoreException"/>s,
/// which the GraphQL layer reports verbatim in the top-level errors array.
/// </summary>
internal sealed partial class JobStore : IDisposable
{
    // A job left unattended for long (or a data file reopened much later) must not flood its history.
    private const int MaxCatchUpRunsPerJob = 1000;

    private readonly object gate = new();
    private readonly EmulatorClock clock;
    private readonly SqliteJobPersistence? persistence;
    private readonly Dictionary<string, TableImportJob> jobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> jobIdsBySpace = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TableImportJobQuery>> queriesByJob = new(StringComparer.Ordinal);
    private long lastSequence;

    // Like a real server's timestamps, creation times follow creation order even when the test clock stands still:
    // start-up registration tells races apart by them.
    private DateTime lastCreatedAt = DateTime.MinValue;

    public JobStore(EmulatorClock clock, SqliteJobPersistence? persistence)
    {
        this.clock = clock;
        this.persistence = persistence;
        if (persistence is null)
        {
            return;
        }

        foreach (var job in persistence.LoadJobs())
        {
            Index(job);
        }

        foreach (var (jobId, query) in persistence.LoadQueries())
        {
            QueriesOf(jobId).Add(query);
        }
    }

    /// <summary>
    /// Whether either of a job's ids names it wherever a job id goes: a mutation's job id may be its node id too, as the
    /// known API has it [3p-unexercised], and <c>node(id:)</c> takes its <c>jobId</c>. When false (the proven picture) each
    /// place takes only its own id: a mutation the <c>jobId</c> [seed], <c>node(id:)</c> the global node id [doc]. A
    /// search takes both either way: it is text.
    /// </summary>
    public bool EitherIdNamesAJob { get; init; } = true;

    /// <summary>
    /// Creates a job of <paramref name="definition"/>, which the caller has judged: its ingestion parameters as sent
    /// become the effective ones (the defaults filled in), and its batch id the one the job reports.
    /// </summary>
    public TableImportJob Create(string spaceId, TableImportJobDefinition definition)
    {
        var now = clock.UtcNow;
        var stored = definition.With(d =>
        {
            d.TableIngestionParameters = IngestionParameters.Apply(definition.TableIngestionParameters, IngestionParameters.Defaults());
            d.BatchId = string.IsNullOrWhiteSpace(definition.BatchId) ? definition.Schema.BatchId : definition.BatchId;
        });
        lock (gate)
        {
            var createdAt = now.UtcDateTime > lastCreatedAt ? now.UtcDateTime : lastCreatedAt.AddTicks(10);
            var job = new TableImportJob
            {
                Sequence = ++lastSequence,
                SpaceId = spaceId,
                JobId = Guid.NewGuid().ToString("N"),
                ModelId = GlobalIds.ForModel(spaceId, definition.ModelName),
                JobStatus = JobStatuses.Active,
                CreatedAt = createdAt,
                Definition = stored,
            };
            job = job with { NextRunAt = now.AddMinutes(job.RefreshIntervalMinutes) };
            Index(job);
            persistence?.SaveJob(job);
            return job;
        }
    }

    /// <summary>The job <c>node(id:)</c> names: by its global node id (or its job id, where <see cref="EitherIdNamesAJob"/>); null when there is none.</summary>
    public TableImportJob? FindNode(string id)
    {
        lock (gate)
        {
            return FindLocked(id, byJobId: EitherIdNamesAJob);
        }
    }

    public TableImportJob Pause(string id) => Change(id, job => WithStatus(job, JobStatuses.Inactive));

    public TableImportJob Start(string id) => Change(id, job => WithStatus(job, JobStatuses.Active));

    public TableImportJob Delete(string id)
    {
        lock (gate)
        {
            var job = Require(id);
            return job.JobStatus == JobStatuses.Deleted ? job : Replace(WithStatus(job, JobStatuses.Deleted));
        }
    }

    /// <summary>
    /// The job in <paramref name="status"/>, as pause, start, delete and an update's <c>jobStatus</c> all set it: a job
    /// that becomes active again runs next one refresh interval from now; one that already has the status is returned
    /// as it is.
    /// </summary>
    public TableImportJob WithStatus(TableImportJob job, string status) => job.JobStatus == status
        ? job
        : status == JobStatuses.Active
            ? job with { JobStatus = status, NextRunAt = clock.UtcNow.AddMinutes(job.RefreshIntervalMinutes) }
            : job with { JobStatus = status };

    /// <summary>Applies an update after <paramref name="update"/> checks it against the current job.</summary>
    public TableImportJob Update(string id, Func<TableImportJob, TableImportJob> update) => Change(id, job =>
    {
        var updated = update(job);
        if (updated.RefreshIntervalMinutes != job.RefreshIntervalMinutes)
        {
            // Keep the schedule anchored on the last run, with the new spacing.
            var lastRun = job.NextRunAt.AddMinutes(-job.RefreshIntervalMinutes);
            updated = updated with { NextRunAt = lastRun.AddMinutes(updated.RefreshIntervalMinutes) };
        }

        return updated;
    });

    public (TableImportJob Job, TableImportJobQuery Query) TriggerRun(string id, DateTimeOffset queryStart, DateTimeOffset queryEnd)
    {
        if (queryEnd < queryStart)
        {
            throw Error(EmulatorStoreException.InvalidValue, $"queryEnd ({queryEnd:O}) must not be before queryStart ({queryStart:O})");
        }

        lock (gate)
        {
            var job = RequireChangeable(id);
            if (!job.EventBased)
            {
                throw Error(EmulatorStoreException.InvalidOperation, $"Job {job.JobId} is not event-based; createTriggeredOngoingTableRun only runs jobs created with createTriggeredOngoingTableImportJob.");
            }

            var hours = Math.Max(1, (int)Math.Ceiling((queryEnd - queryStart).TotalHours));
            var query = new TableImportJobQuery(
                Guid.NewGuid().ToString("N"),
                clock.UtcNow.UtcDateTime,
                RecordsProcessed(job, queryStart.UtcDateTime, queryEnd.UtcDateTime, withoutWarehouse: hours * 100),
                queryStart.UtcDateTime,
                queryEnd.UtcDateTime);
            return (Record(job, [query]), query);
        }
    }

    /// <summary>
    /// A page of a space's jobs, oldest first. With <paramref name="search"/>, only the job whose jobId or node id it
    /// equals, or else the jobs whose model name contains it (ignoring case).
    /// </summary>
    public Connection<TableImportJob> ListJobs(string spaceId, int first, string? after, string? search = null)
    {
        CheckFirst(first);
        lock (gate)
        {
            var ids = jobIdsBySpace.TryGetValue(spaceId, out var list) ? list : [];
            if (!string.IsNullOrEmpty(search))
            {
                ids = FindLocked(search) is { } exact && exact.SpaceId == spaceId
                    ? [exact.JobId]
                    : ids.Where(jobId => jobs[jobId].ModelName.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList();
            }

            var start = 0;
            if (after is not null)
            {
                if (!GlobalIds.TryParseCursor("job", after, out var afterSequence))
                {
                    throw Error(EmulatorStoreException.InvalidCursor, $"after: '{after}' is not a cursor of this connection");
                }

                while (start < ids.Count && jobs[ids[start]].Sequence <= afterSequence)
                {
                    start++;
                }
            }

            var page = ids.Skip(start).Take(first).Select(jobId => jobs[jobId]).ToList();
            var edges = page.Select(job => new Edge<TableImportJob>(GlobalIds.Cursor("job", job.Sequence), job)).ToList();
            return new Connection<TableImportJob>(
                ids.Count,
                edges,
                new PageInfo(start + page.Count < ids.Count, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
        }
    }

    public Connection<TableImportJobQuery> ListQueries(string jobId, int first, string? after)
    {
        CheckFirst(first);
        lock (gate)
        {
            var queries = queriesByJob.TryGetValue(jobId, out var list) ? list : [];
            var start = 0;
            if (after is not null)
            {
                if (!GlobalIds.TryParseCursor("query", after, out var afterOrdinal))
                {
                    throw Error(EmulatorStoreException.InvalidCursor, $"after: '{after}' is not a cursor of this connection");
                }

                start = (int)Math.Clamp(afterOrdinal + 1, 0, queries.Count);
            }

            var edges = queries.Skip(start).Take(first)
                .Select((query, i) => new Edge<TableImportJobQuery>(GlobalIds.Cursor("query", start + i), query))
                .ToList();
            return new Connection<TableImportJobQuery>(
                queries.Count,
                edges,
                new PageInfo(start + edges.Count < queries.Count, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor));
        }
    }

    /// <summary>Records the scheduled queries of active ongoing jobs that fell due by <paramref name="now"/>.</summary>
    public void CatchUp(DateTimeOffset now)
    {
        lock (gate)
        {
            foreach (var job in jobs.Values.Where(j => !j.EventBased && j.JobStatus == JobStatuses.Active && j.NextRunAt <= now).ToList())
            {
                // Clamped to at least a minute: a zero or negative interval (a data file edited by hand) must not loop.
                var interval = TimeSpan.FromMinutes(Math.Max(1, job.RefreshIntervalMinutes));
                var windowHours = job.QueryWindowSizeHours;
                var runs = new List<TableImportJobQuery>();
                var next = job.NextRunAt;
                while (next <= now && runs.Count < MaxCatchUpRunsPerJob)
                {
                    // A scheduled query looks back one query window from its run time; a window of 0 has no lower bound.
                    runs.Add(new TableImportJobQuery(
                        Guid.NewGuid().ToString("N"),
                        next.UtcDateTime,
                        Math.Min(job.RowLimit, 1000),
                        WindowStart(next, windowHours),
                        next.UtcDateTime));
                    next += interval;
                }

                if (next <= now)
                {
                    next += interval * (Math.Floor((now - next) / interval) + 1);
                }

                RecordScheduled(job with { NextRunAt = next }, runs);
            }
        }
    }

    public void Dispose() => persistence?.Dispose();

    /// <summary>
    /// Where a scheduled query's window starts: <paramref name="hours"/> before <paramref name="runAt"/>; null (no lower
    /// bound) for a window of 0, and for a window reaching back before year 1, which DateTime cannot hold. Jobs with
    /// such windows can only come from a data file written before the parameters had upper bounds.
    /// </summary>
    internal static DateTime? WindowStart(DateTimeOffset runAt, int hours)
    {
        if (hours <= 0)
        {
            return null;
        }

        var utc = runAt.UtcDateTime;
        return hours >= (utc - DateTime.MinValue).TotalHours ? null : utc.AddHours(-hours);
    }

    private static EmulatorStoreException Error(string code, string message) => new(code, message);

    private static void CheckFirst(int first)
    {
        if (first < 0)
        {
            throw Error(EmulatorStoreException.InvalidValue, $"first must be 0 or more, got {first}");
        }
    }

    private TableImportJob Change(string id, Func<TableImportJob, TableImportJob> change)
    {
        lock (gate)
        {
            var job = RequireChangeable(id);
            var changed = change(job);
            return ReferenceEquals(changed, job) ? job : Replace(changed);
        }
    }

    private TableImportJob RequireChangeable(string id)
    {
        var job = Require(id);
        if (job.JobStatus == JobStatuses.Deleted)
        {
            throw Error(EmulatorStoreException.JobDeleted, $"Job {job.JobId} is deleted and can no longer be changed.");
        }

        return job;
    }

    private TableImportJob Require(string id) =>
        FindLocked(id, byNodeId: EitherIdNamesAJob) ?? throw Error(EmulatorStoreException.NotFound, $"No table import job has the id '{id}'.");

    private TableImportJob? FindLocked(string id, bool byJobId = true, bool byNodeId = true)
    {
        if (byJobId && jobs.TryGetValue(id, out var job))
        {
            return job;
        }

        return byNodeId && GlobalIds.TryParseJob(id, out var jobId) && jobs.TryGetValue(jobId, out job) ? job : null;
    }

    private TableImportJob Replace(TableImportJob job)
    {
        jobs[job.JobId] = job;
        persistence?.SaveJob(job);
        return job;
    }

    private TableImportJob Record(TableImportJob job, IReadOnlyList<TableImportJobQuery> runs)
    {
        var history = QueriesOf(job.JobId);
        var firstOrdinal = history.Count;
        history.AddRange(runs);
        job = job with { TotalQueriesSuccessCount = job.TotalQueriesSuccessCount + runs.Count };
        jobs[job.JobId] = job;
        persistence?.SaveJobWithQueries(job, firstOrdinal, runs);
        return job;
    }

    private void Index(TableImportJob job)
    {
        jobs[job.JobId] = job;
        if (!jobIdsBySpace.TryGetValue(job.SpaceId, out var ids))
        {
            jobIdsBySpace[job.SpaceId] = ids = [];
        }

        ids.Add(job.JobId);
        lastSequence = Math.Max(lastSequence, job.Sequence);
        lastCreatedAt = job.CreatedAt > lastCreatedAt ? job.CreatedAt : lastCreatedAt;
    }

    private List<TableImportJobQuery> QueriesOf(string jobId)
    {
        if (!queriesByJob.TryGetValue(jobId, out var list))
        {
            queriesByJob[jobId] = list = [];
        }

        return list;
    }
}

/// <summary>The GraphQL spellings of <c>JobStatus</c>.</summary>
internal static class JobStatuses
{
    public const string Active = "active";
    public const string Inactive = "inactive";
    public const string Deleted = "deleted";
}
