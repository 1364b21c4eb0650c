using System.Net;
using System.Net.Http.Headers;

namespace TableImport.Client;

/// <summary>What the resilience pipeline reads from a response: whether its status is transient, and the server's <c>Retry-After</c>.</summary>
internal static class RetryDelays
{
    /// <summary>Whether a status means "try again later" rather than "this request is wrong".</summary>
    internal static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.RequestTimeout;

    /// <summary>The server's <c>Retry-After</c> (seconds or a date), when it sent one.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    /// <summary>
    /// Waits at least what the server asked, plus a little jitter so that waiting clients do not return at once. The
    /// jitter is never below 10 ms: timers fire with millisecond granularity, and a wait a hair short of the server's
    /// Retry-After would be refused again.
    /// </summary>
    internal static TimeSpan AtLeast(TimeSpan retryAfter) =>
        retryAfter + TimeSpan.FromMilliseconds(Random.Shared.Next(10, 250));
}
