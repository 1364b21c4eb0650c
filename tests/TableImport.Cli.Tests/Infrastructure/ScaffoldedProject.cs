namespace TableImport.Cli.Tests.Infrastructure;

/// <summary>
/// A user's project made of scaffolded files: a class library referencing the TableImport assembly this test runs on,
/// with the generator and the TI analyzers as the package brings them, built by the dotnet CLI with warnings as errors,
/// so that any TI diagnostic (warnings included) fails the build.
/// </summary>
internal sealed class ScaffoldedProject : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    private ScaffoldedProject(string root, string name)
    {
        Root = root;
        Name = name;
        Sources = Path.Combine(root, "Jobs");
    }

    /// <summary>The project's folder.</summary>
    public string Root { get; }

    /// <summary>The assembly's name: one per test, since the tool's job registry knows each assembly once per process.</summary>
    public string Name { get; }

    /// <summary>Where the scaffolded files go (a folder of the project).</summary>
    public string Sources { get; }

    /// <summary>The built assembly, once <see cref="Build"/> ran.</summary>
    public string Assembly => Path.Combine(Root, "bin", "Release", "net10.0", Name + ".dll");

    public static ScaffoldedProject Create(string name)
    {
        var root = Directory.CreateTempSubdirectory("tableimport-scaffold-").FullName;
        var project = new ScaffoldedProject(root, name);
        var generator = Path.Combine(Repository.Root, "src", "TableImport.SourceGeneration", "bin", Repository.Configuration, "netstandard2.0", "TableImport.SourceGeneration.dll");
        Assert.True(File.Exists(generator), "The generator was not built where expected: " + generator);
        File.WriteAllText(Path.Combine(root, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <AssemblyName>{name}</AssemblyName>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="TableImport" HintPath="{typeof(TableImportJobDefinition).Assembly.Location}" />
                <Analyzer Include="{generator}" />
              </ItemGroup>
            </Project>
            """);
        // No package is needed: an empty feed list keeps the restore off the network.
        File.WriteAllText(Path.Combine(root, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /></packageSources></configuration>
            """);
        return project;
    }

    /// <summary>Builds the project; a failure (a TI diagnostic, a compile error) throws with the whole build output.</summary>
    public string Build() => DotNetCli.Run(Root, new Dictionary<string, string>(), Timeout, "build", "-c", "Release", "-nologo", "--disable-build-servers", "-clp:NoSummary");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }
}
