using System.Collections.Concurrent;

namespace TableImport.Emulator;

/// <summary>
/// How many requests reached <c>/graphql</c>, by operation. The operation is the root field name of the request
/// (<c>node</c>, <c>createTableImportJob</c>, ...); a create with <c>dryRun: true</c> counts as
/// <c>createTableImportJob:dryRun</c> / <c>createTriggeredOngoingTableImportJob:dryRun</c>. Requests are counted when
/// they arrive, before faults and authentication, so a client's retries of a faulted request are all visible.
/// </summary>
public sealed class EmulatorRequestCounts
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    private int total;

    /// <summary>Every HTTP request to <c>/graphql</c>, including ones whose body could not be read as GraphQL.</summary>
    public int Total => Volatile.Read(ref total);

    /// <summary>The count of one operation; 0 when it was never requested.</summary>
    public int Get(string operation) => counts.TryGetValue(operation, out var n) ? n : 0;

    /// <summary>A copy of every operation's count.</summary>
    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(counts, StringComparer.Ordinal);

    /// <summary>Sets every count, and <see cref="Total"/>, back to 0.</summary>
    public void Reset()
    {
        counts.Clear();
        Interlocked.Exchange(ref total, 0);
    }

    internal void CountRequest() => Interlocked.Increment(ref total);

    internal void CountOperation(string operation) => counts.AddOrUpdate(operation, 1, static (_, n) => n + 1);
}
