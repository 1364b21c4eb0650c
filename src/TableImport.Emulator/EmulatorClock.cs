namespace TableImport.Emulator;

/// <summary>
/// The emulator's notion of now. Tests move it with <see cref="Advance"/>; every active ongoing (non-event) job then
/// records one query per refresh interval that elapsed.
/// </summary>
public sealed class EmulatorClock
{
    private readonly object gate = new();
    private readonly DateTimeOffset start;
    private readonly bool followWallClock;
    private readonly DateTimeOffset wallStart = DateTimeOffset.UtcNow;
    private TimeSpan advanced;

    internal EmulatorClock(DateTimeOffset start, bool followWallClock)
    {
        this.start = start.ToUniversalTime();
        this.followWallClock = followWallClock;
    }

    /// <summary>Raised after <see cref="Advance"/> with the new time, so scheduled work catches up at once.</summary>
    internal event Action<DateTimeOffset>? Advanced;

    /// <summary>The emulator's current time (UTC).</summary>
    public DateTimeOffset UtcNow
    {
        get
        {
            lock (gate)
            {
                var wall = followWallClock ? DateTimeOffset.UtcNow - wallStart : TimeSpan.Zero;
                return start + advanced + wall;
            }
        }
    }

    /// <summary>Moves emulator time forward; ongoing active jobs record the queries that fall due.</summary>
    public void Advance(TimeSpan by)
    {
        if (by < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(by), by, "The emulator clock only moves forward.");
        }

        lock (gate)
        {
            advanced += by;
        }

        Advanced?.Invoke(UtcNow);
    }
}
