namespace TableImport.Tests.Shared;

/// <summary>
/// Serialises <c>dotnet pack src/TableImport</c> across test processes: the test projects run in parallel, and two
/// packs building the same project into the same bin/ and obj/ folders fail on each other's files.
/// </summary>
/// <remarks>
/// A pack of a project in this repository must use the machine's own packages folder, never a test's temporary one:
/// its restore rewrites the source projects' obj/project.assets.json to point at the folder it used, and once a test
/// deletes its folder, every later build of those projects in the same <c>dotnet test</c> run fails with NETSDK1064.
/// Only what consumes the packed packages (a fresh app, a tool install) gets a packages folder of its own.
/// </remarks>
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
