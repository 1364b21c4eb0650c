using System.Xml.Linq;
using Xunit;

namespace TableImport.EndToEnd.Tests;

/// <summary>
/// Every package we ship, packed from source once into a local feed for the tests of this collection: what a NuGet user
/// downloads. A packages folder of its own keeps any previously restored 0.1.0 from standing in for this build's.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The five packages, each by the project folder it is packed from.</summary>
    public static readonly string[] Ids = ["TableImport", "TableImport.Client", "TableImport.Hosting", "TableImport.Emulator", "TableImport.Cli"];

    private readonly string root = Directory.CreateTempSubdirectory("tableimport-packages-").FullName;

    public PackedPackages()
    {
        Feed = Path.Combine(root, "feed");
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
        using (TableImport.Tests.Shared.PackLock.Acquire(Timeout))
        {
            foreach (var id in Ids)
            {
                // The machine's packages folder for the pack itself (PackLock's remarks); Environment is for consumers.
                DotNetCli.Run(RepositoryRoot, new Dictionary<string, string>(), Timeout, "pack", Path.Combine("src", id), "-c", "Release", "-o", Feed);
            }
        }
    }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The repository's one URL, read from Directory.Build.props itself.</summary>
    public static string RepositoryUrl
    {
        get
        {
            var values = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props")).Descendants("TableImportRepositoryUrl").Select(e => e.Value.Trim()).ToList();
            return Assert.Single(values);
        }
    }

    public string Feed { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(root, name)).FullName;

    /// <summary>A nuget.config that takes our packages from the feed only, everything else from nuget.org.</summary>
    public string NuGetConfig() => DotNetCli.LocalFeedConfig(Feed, allOurs: true);

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Generators.sln) was not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "packed packages";
}
