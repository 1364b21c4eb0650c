namespace TableImport.Emulator;

/// <summary>
/// Injected failures for testing a client's resilience. Each call queues a fault that applies to the next N HTTP
/// requests to <c>/graphql</c>; queued faults are used up in the order they were queued. Faults queued through
/// <see cref="For"/> apply only to requests of that operation and leave every other request alone.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly Shared shared;
    private readonly string? operation;

    /// <summary>Creates a fault switch with nothing queued.</summary>
    public EmulatorFaults()
        : this(new Shared(), null)
    {
    }

    private EmulatorFaults(Shared shared, string? operation)
    {
        this.shared = shared;
        this.operation = operation;
    }

    /// <summary>
    /// The same switch, for requests of one operation only, named as <see cref="EmulatorRequestCounts"/> names them:
    /// a root field such as <c>createTableImportJob</c> (a real create; its dry run is <c>createTableImportJob:dryRun</c>).
    /// </summary>
    /// <param name="operation">The operation the faults queued on the returned switch apply to.</param>
    public EmulatorFaults For(string operation)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        return new EmulatorFaults(shared, operation);
    }

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="statusCode"/> and a JSON error body.</summary>
    public void FailNext(int count = 1, int statusCode = 500) => Enqueue(count, FaultKind.Fail, statusCode, TimeSpan.Zero, null);

    /// <summary>Answers the next <paramref name="count"/> requests HTTP 429 with a <c>Retry-After</c> header in whole seconds.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter) => Enqueue(count, FaultKind.RateLimit, 429, retryAfter, null);

    /// <summary>Waits <paramref name="delay"/> before answering each of the next <paramref name="count"/> requests normally.</summary>
    public void DelayNext(int count, TimeSpan delay) => Enqueue(count, FaultKind.Delay, 200, delay, null);

    /// <summary>Answers the next <paramref name="count"/> requests HTTP 200 with <c>{"errors":[{"message":...}]}</c>.</summary>
    public void GraphQLErrorNext(int count, string message) => Enqueue(count, FaultKind.GraphQLError, 200, TimeSpan.Zero, message ?? throw new ArgumentNullException(nameof(message)));

    /// <summary>Answers the next <paramref name="count"/> requests HTTP 200 with an HTML page, as a misbehaving proxy would.</summary>
    public void NotJsonNext(int count = 1) => Enqueue(count, FaultKind.NotJson, 200, TimeSpan.Zero, null);

    /// <summary>
    /// Executes each of the next <paramref name="count"/> requests, then loses its answer: the connection is dropped
    /// before a byte of the response is sent, or, with <paramref name="statusCode"/>, the answer is replaced by that
    /// HTTP error (a gateway that gave up after the server acted). Whatever the request did is done.
    /// </summary>
    public void LoseResponseNext(int count = 1, int? statusCode = null) => Enqueue(count, FaultKind.LoseResponse, statusCode ?? 0, TimeSpan.Zero, null);

    /// <summary>Drops every queued fault, whichever operation it was queued for.</summary>
    public void Clear()
    {
        lock (shared.Gate)
        {
            shared.Queue.Clear();
        }
    }

    /// <summary>Takes the first queued fault that applies to a request of <paramref name="operations"/>, if any.</summary>
    internal Fault? TakeNext(IReadOnlyList<string> operations)
    {
        lock (shared.Gate)
        {
            for (var node = shared.Queue.First; node is not null; node = node.Next)
            {
                if (node.Value.Operation is null || operations.Contains(node.Value.Operation, StringComparer.Ordinal))
                {
                    shared.Queue.Remove(node);
                    return node.Value;
                }
            }

            return null;
        }
    }

    private void Enqueue(int count, FaultKind kind, int statusCode, TimeSpan duration, string? message)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var fault = new Fault(kind, statusCode, duration, message, operation);
        lock (shared.Gate)
        {
            for (var i = 0; i < count; i++)
            {
                shared.Queue.AddLast(fault);
            }
        }
    }

    internal enum FaultKind { Fail, RateLimit, Delay, GraphQLError, NotJson, LoseResponse }

    /// <summary>A queued fault; <paramref name="Operation"/> null applies to any request.</summary>
    internal sealed record Fault(FaultKind Kind, int StatusCode, TimeSpan Duration, string? Message, string? Operation);

    // What every view made by For shares with the switch it came from.
    private sealed class Shared
    {
        public object Gate { get; } = new();

        public LinkedList<Fault> Queue { get; } = new();
    }
}
