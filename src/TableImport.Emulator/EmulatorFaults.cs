namespace TableImport.Emulator;

/// <summary>
/// Injected failures for testing a client's resilience. Each call queues a fault that applies to the next N HTTP
/// requests to <c>/graphql</c>; queued faults are used up in the order they were queued.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object gate = new();
    private readonly Queue<Fault> queue = new();

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="statusCode"/> and a JSON error body.</summary>
    public void FailNext(int count = 1, int statusCode = 500) => Enqueue(count, new Fault(FaultKind.Fail, statusCode, TimeSpan.Zero, null));

    /// <summary>Answers the next <paramref name="count"/> requests HTTP 429 with a <c>Retry-After</c> header in whole seconds.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter) => Enqueue(count, new Fault(FaultKind.RateLimit, 429, retryAfter, null));

    /// <summary>Waits <paramref name="delay"/> before answering each of the next <paramref name="count"/> requests normally.</summary>
    public void DelayNext(int count, TimeSpan delay) => Enqueue(count, new Fault(FaultKind.Delay, 200, delay, null));

    /// <summary>Answers the next <paramref name="count"/> requests HTTP 200 with <c>{"errors":[{"message":...}]}</c>.</summary>
    public void GraphQLErrorNext(int count, string message) => Enqueue(count, new Fault(FaultKind.GraphQLError, 200, TimeSpan.Zero, message ?? throw new ArgumentNullException(nameof(message))));

    /// <summary>Answers the next <paramref name="count"/> requests HTTP 200 with an HTML page, as a misbehaving proxy would.</summary>
    public void NotJsonNext(int count = 1) => Enqueue(count, new Fault(FaultKind.NotJson, 200, TimeSpan.Zero, null));

    /// <summary>Drops every queued fault.</summary>
    public void Clear()
    {
        lock (gate)
        {
            queue.Clear();
        }
    }

    /// <summary>Takes the fault for the request being handled, if any.</summary>
    internal Fault? TakeNext()
    {
        lock (gate)
        {
            return queue.Count == 0 ? null : queue.Dequeue();
        }
    }

    private void Enqueue(int count, Fault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (gate)
        {
            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    internal enum FaultKind { Fail, RateLimit, Delay, GraphQLError, NotJson }

    internal sealed record Fault(FaultKind Kind, int StatusCode, TimeSpan Duration, string? Message);
}
