using System.Threading.RateLimiting;

namespace TableImport.Client;

/// <summary>
/// Keeps one client (or, under DI, every client instance of the container) under Arize's limits of queries and
/// mutations per minute. A sliding window of one minute in six segments never lets more than the limit through in any
/// ten-second-aligned minute; callers beyond it wait in order instead of failing.
/// </summary>
internal sealed class TableImportRateLimits : IDisposable
{
    private readonly SlidingWindowRateLimiter queries;
    private readonly SlidingWindowRateLimiter mutations;

    internal TableImportRateLimits(int queriesPerMinute, int mutationsPerMinute, TimeSpan? window = null)
    {
        queries = Create(queriesPerMinute, window ?? TimeSpan.FromMinutes(1));
        mutations = Create(mutationsPerMinute, window ?? TimeSpan.FromMinutes(1));
    }

    internal RateLimiter For(TableImportOperation operation) => operation.IsMutation() ? mutations : queries;

    public void Dispose()
    {
        queries.Dispose();
        mutations.Dispose();
    }

    private static SlidingWindowRateLimiter Create(int permits, TimeSpan window) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = permits,
        Window = window,
        SegmentsPerWindow = 6,
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
