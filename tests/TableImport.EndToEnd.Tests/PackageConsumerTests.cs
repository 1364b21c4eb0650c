using Xunit;

namespace TableImport.EndToEnd.Tests;

/// <summary>
/// The TableImport package as a user gets it: packed from source, restored into a fresh console app from a local
/// feed only, built with warnings as errors, and run; then built and run again with <c>TableImportGenerateColumns</c> false.
/// Slow (five CLI runs), so it is one test.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);
    private readonly string _root = Directory.CreateTempSubdirectory("tableimport-e2e-").FullName;

    [Fact]
    public void A_fresh_console_app_referencing_the_packed_package_builds_and_prints_its_job()
    {
        var feed = Path.Combine(_root, "feed");
        var app = Path.Combine(_root, "app");
        // A packages folder of its own, so no previously restored TableImport 0.1.0 can stand in for this build's.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

        using (TableImport.Tests.Shared.PackLock.Acquire(Timeout))
        {
            // The machine's packages folder for the pack itself (PackLock's remarks); the app gets its own below.
            DotNetCli.Run(RepositoryRoot(), new Dictionary<string, string>(), Timeout, "pack", Path.Combine("src", "TableImport"), "-c", "Release", "-o", feed);
        }

        Assert.Single(Directory.GetFiles(feed, "TableImport.*.nupkg"));

        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), DotNetCli.LocalFeedConfig(feed));
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <AnalysisLevel>latest-recommended</AnalysisLevel>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TableImport" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "ScoredTransaction.cs"), """
            using TableImport;

            namespace Consumer;

            [TableImportJob("My Test Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("test-project-id", "test-dataset", "test-table")]
            [FeaturePrefix("feature_")]
            [TagPrefix("tag_")]
            public partial class ScoredTransaction
            {
                [PredictionId]        public string PredictionId { get; set; } = "";
                [PredictionLabel]     public string Prediction { get; set; } = "";
                [PredictionTimestamp] public DateTime PredictionTs { get; set; }
                [ActualLabel]         public string? Actual { get; set; }
                [ModelVersion]        public string ModelVersion { get; set; } = "";
                [ChangeTimestamp]     public DateTime PartitionTimestamp { get; set; }
            }
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using TableImport.Generated;

            foreach (var job in TableImportJobs.All)
            {
                Console.WriteLine("model=" + job.ModelName);
            }

            #if NO_COLUMNS
            Console.WriteLine("columns=" + (typeof(Consumer.ScoredTransaction).GetNestedType("Columns") is null ? "absent" : "present"));
            #else
            Console.WriteLine("column=" + Consumer.ScoredTransaction.Columns.PredictionTs);
            #endif
            Console.WriteLine("registered=" + TableImport.TableImportJobRegistry.Registered.Count);
            """);

        DotNetCli.Run(app, environment, Timeout, "build", "-c", "Release");
        var output = DotNetCli.Run(app, environment, Timeout, "run", "-c", "Release", "--no-build");

        Assert.Contains("model=My Test Model", output);
        Assert.Contains("column=prediction_ts", output);
        // The module initializer registered the app's job before Main ran.
        Assert.Contains("registered=1", output);
        var analyzers = Path.Combine(_root, "packages", "tableimport", "0.1.0", "analyzers", "dotnet", "cs");
        Assert.True(File.Exists(Path.Combine(analyzers, "TableImport.SourceGeneration.dll")));
        Assert.True(File.Exists(Path.Combine(analyzers, "TableImport.CodeFixes.dll")));

        // The package's props make the switch visible to the generator: the same app without the Columns constants.
        DotNetCli.Run(app, environment, Timeout, "build", "-c", "Release", "-p:TableImportGenerateColumns=false", "-p:DefineConstants=NO_COLUMNS");
        var withoutColumns = DotNetCli.Run(app, environment, Timeout, "run", "-c", "Release", "--no-build");
        Assert.Contains("columns=absent", withoutColumns);
        Assert.Contains("model=My Test Model", withoutColumns);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }

    private static string RepositoryRoot()
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
