namespace TableImport.Cli.Tests.Infrastructure;

/// <summary>
/// A small application with two job types, built for real with <c>dotnet build</c> against this repository's
/// TableImport and its generator, once for each model version of its first job: what plan and apply read.
/// </summary>
internal static class TwoJobApp
{
    private static readonly Dictionary<string, string> Built = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    /// <summary>The app's assembly with <paramref name="fraudVersion"/> as its first job's model version.</summary>
    public static string Build(string fraudVersion)
    {
        lock (Gate)
        {
            if (Built.TryGetValue(fraudVersion, out var built))
            {
                return built;
            }

            var folder = Path.Combine(Path.GetTempPath(), "tableimport-two-job-app-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "TwoJobApp.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{Path.Combine(Repository.Root, "src", "TableImport", "TableImport.csproj")}" />
                    <ProjectReference Include="{Path.Combine(Repository.Root, "src", "TableImport.SourceGeneration", "TableImport.SourceGeneration.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(folder, "Jobs.cs"), $$"""
                using System;
                using TableImport;

                namespace TwoJobApp;

                [TableImportJob("fraud-two", ModelType.ScoreCategorical, ModelEnvironment.Production, ModelVersion = "{{fraudVersion}}")]
                [BigQueryTable("acme", "risk", "fraud_scores")]
                [FeaturePrefix("feature_")]
                public partial class FraudScore
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionLabel] public string Verdict { get; set; } = "";
                    [PredictionTimestamp] public DateTimeOffset ScoredAt { get; set; }
                    [ChangeTimestamp] public DateTimeOffset UpdatedAt { get; set; }
                }

                [TableImportJob("churn-two", ModelType.ScoreCategorical, ModelEnvironment.Production, ModelVersion = "2026.1")]
                [BigQueryTable("acme", "risk", "churn_scores")]
                [FeaturePrefix("feature_")]
                public partial class ChurnScore
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionScore] public double Score { get; set; }
                    [PredictionTimestamp] public DateTimeOffset ScoredAt { get; set; }
                    [ChangeTimestamp] public DateTimeOffset UpdatedAt { get; set; }
                }
                """);
            var output = Path.Combine(folder, "out");
            // The build restores and builds the repository's own projects it references: never alongside a pack of them.
            using (PackLock.Acquire(TimeSpan.FromMinutes(5)))
            {
                DotNetCli.Run(folder, new Dictionary<string, string>(), TimeSpan.FromMinutes(5), "build", "-c", Repository.Configuration, "-o", output, "-p:UseSharedCompilation=false");
            }

            return Built[fraudVersion] = Path.Combine(output, "TwoJobApp.dll");
        }
    }
}
