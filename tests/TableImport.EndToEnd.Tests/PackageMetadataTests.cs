using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Xunit;

namespace TableImport.EndToEnd.Tests;

/// <summary>
/// Each package is one a NuGet user can trust: a license expression, its README inside and shown, the repository and
/// project links from the repository's one URL, and a symbol package whose PDBs point (SourceLink) at that repository.
/// Read from the packed .nupkg and .snupkg files themselves.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageMetadataTests(PackedPackages packages)
{
    public static TheoryData<string> Ids() => new(PackedPackages.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_nuspec_has_a_license_the_readme_and_the_repository(string id)
    {
        using var package = ZipFile.OpenRead(Path.Combine(packages.Feed, $"{id}.0.1.0.nupkg"));
        var metadata = Nuspec(package);
        var url = PackedPackages.RepositoryUrl;

        var license = Element(metadata, "license");
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);

        Assert.Equal("README.md", Element(metadata, "readme").Value);
        var readme = Read(package.GetEntry("README.md") ?? throw new Xunit.Sdk.XunitException($"{id} has no README.md inside"));
        Assert.Equal(File.ReadAllText(Path.Combine(PackedPackages.RepositoryRoot, "src", id, "README.md")), readme);
        Assert.StartsWith("# " + id, readme, StringComparison.Ordinal);

        var repository = Element(metadata, "repository");
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(url, repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
        Assert.Equal(url, Element(metadata, "projectUrl").Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description").Value));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void The_symbol_package_maps_its_sources_to_the_repository(string id)
    {
        var path = Path.Combine(packages.Feed, $"{id}.0.1.0.snupkg");
        Assert.True(File.Exists(path), $"{id} has no symbol package");
        using var symbols = ZipFile.OpenRead(path);
        var pdbs = symbols.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pdbs);

        // github.com/OWNER/NAME serves raw files at raw.githubusercontent.com/OWNER/NAME/COMMIT/...
        var raw = "https://raw.githubusercontent.com" + new Uri(PackedPackages.RepositoryUrl).AbsolutePath.TrimEnd('/') + "/";
        var pdb = pdbs.First(e => Path.GetFileNameWithoutExtension(e.Name) == id);
        using var stream = pdb.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Assert.Contains(raw, Encoding.UTF8.GetString(buffer.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_emulator_package_brings_the_aspnet_framework_and_the_native_databases()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packages.Feed, "TableImport.Emulator.0.1.0.nupkg"));
        var metadata = Nuspec(package);
        XNamespace ns = metadata.Name.Namespace;

        Assert.Contains("Microsoft.AspNetCore.App", metadata.Descendants(ns + "frameworkReference").Select(f => f.Attribute("name")?.Value));
        var dependencies = metadata.Descendants(ns + "dependency").Select(d => d.Attribute("id")?.Value).ToList();
        Assert.Contains("Microsoft.Data.Sqlite", dependencies);
        Assert.Contains("DuckDB.NET.Data.Full", dependencies);
        Assert.Contains("TableImport", dependencies);
        Assert.NotNull(package.GetEntry("lib/net10.0/TableImport.Emulator.dll"));
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_tableimport()
    {
        using var package = ZipFile.OpenRead(Path.Combine(packages.Feed, "TableImport.Cli.0.1.0.nupkg"));
        var metadata = Nuspec(package);
        XNamespace ns = metadata.Name.Namespace;

        Assert.Contains("DotnetTool", metadata.Descendants(ns + "packageType").Select(t => t.Attribute("name")?.Value));
        var settings = XDocument.Parse(Read(package.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal))));
        Assert.Equal("tableimport", settings.Descendants("Command").Single().Attribute("Name")?.Value);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        var document = XDocument.Parse(Read(entry));
        return document.Root!.Element(document.Root.Name.Namespace + "metadata")!;
    }

    private static XElement Element(XElement metadata, string name) =>
        metadata.Element(metadata.Name.Namespace + name) ?? throw new Xunit.Sdk.XunitException($"the nuspec has no <{name}>");

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
