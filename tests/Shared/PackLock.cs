namespace TableImport.Tests.Shared;

/// <summary>
/// Serialises <c>dotnet pack src/TableImport</c> across test processes: the test projects run in parallel, and two
/// packs building the same project into the same bin/ and obj/ folders fail on each other's files.
/// </summary>
internal static class PackLock
{
    private static readonly string LockFile = Path.Combine(Path.GetTempPath(), "tableimport-pack.lock");

    public static IDisposable Acquire(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock between processes as well as within one.
                return new FileStream(LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(250);
            }
        }
    }
}
