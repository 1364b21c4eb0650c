using System.Runtime.CompilerServices;
using System.Text;

namespace TableImport.Client.Tests;

/// <summary>
/// Every request body the client's writer produces, byte for byte, against a checked-in file: the catalog of requests
/// with the seed's jobs, and with definitions that set every field the writer can write (each distinct body once). A refactoring of the writer,
/// its names or its documents must leave this file as it is; set UPDATE_SNAPSHOTS=1 to rewrite it after an intended
/// change of the wire, then read the diff before committing it.
/// </summary>
public sealed class WireSnapshotTests
{
    [Fact]
    public void Every_request_body_is_unchanged()
    {
        var text = new StringBuilder();
        var requests = TableImportRequestCatalog.Every(SeedJobs.ScoredTransaction(), SeedJobs.SnowflakeEventBased())
            .Concat(TableImportRequestCatalog.EveryField())
            .DistinctBy(r => r.Body);
        foreach (var request in requests)
        {
            text.Append(request.Operation).Append('\n').Append(request.Body).Append("\n\n");
        }

        var path = Path.Combine(SnapshotFolder(), "requests.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, text.ToString());
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").Split("\n\n");
        var actual = text.ToString().Split("\n\n");
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    private static string SnapshotFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Snapshots");
}
