using System.Diagnostics;
using Xunit;

namespace TableImport.Analyzers.Tests;

/// <summary>
/// The analyzers as a user meets them: pack the TableImport package, reference only that package from a fresh
/// project, and build it with the real SDK.
/// </summary>
public class PackageEndToEndTests
{
    private const string JobWithoutPredictionId = """
        using System;
        using TableImport;

        namespace Consumer;

        [TableImportJob("End To End", ModelType.ScoreCategorical, ModelEnvironment.Production)]
        [BigQueryTable("project", "dataset", "table")]
        public partial class Scored
        {
            public string Key { get; set; } = "";
            [PredictionLabel] public string Label { get; set; } = "";
            [PredictionTimestamp] public DateTime PredictedAt { get; set; }
            [ChangeTimestamp] public DateTime ChangedAt { get; set; }
        }
        """;

    [Fact]
    public async Task Build_of_a_project_using_the_package_reports_TI0003()
    {
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("tableimport-e2e-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            // A version of its own, so that no package cached by an earlier run can stand in for this build's.
            var version = "0.0.0-e2e" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
            (int ExitCode, string Output) pack;
            using (TableImport.Tests.Shared.PackLock.Acquire(TimeSpan.FromMinutes(10)))
            {
                pack = await Dotnet(root, "pack", Path.Combine(root, "src", "TableImport"), "-o", feed, "-c", "Release", $"-p:PackageVersion={version}");
            }

            Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);

            var project = Path.Combine(work.FullName, "consumer");
            Directory.CreateDirectory(project);
            await File.WriteAllTextAsync(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RestorePackagesPath>{Path.Combine(work.FullName, "packages")}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="TableImport" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "Scored.cs"), JobWithoutPredictionId);

            var build = await Dotnet(project, "build", "-nologo", "-clp:NoSummary");
            Assert.Contains("error TI0003", build.Output);
            Assert.DoesNotContain("CS8785", build.Output);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A build server may still hold a file; the temp folder is cleaned up by the OS.
            }
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

        throw new InvalidOperationException("Generators.sln not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output)> Dotnet(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A build server left running would outlive the test and keep the temporary folder's files open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
