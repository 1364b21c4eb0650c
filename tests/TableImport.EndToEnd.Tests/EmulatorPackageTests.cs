using Xunit;

namespace TableImport.EndToEnd.Tests;

/// <summary>
/// The emulator as a test project outside this repository uses it: a fresh project that references the packed
/// <c>TableImport.Emulator</c> and <c>TableImport.Client</c> from the local feed, starts <c>EmulatorServer.StartAsync()</c>
/// in process (with a SQLite data file, whose native library comes through the package), creates a job through the
/// client and lists it; and opens a DuckDB file, whose native library the emulator's warehouse brings too.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class EmulatorPackageTests(PackedPackages packages)
{
    [Fact]
    public void A_fresh_project_referencing_the_emulator_package_starts_it_in_process()
    {
        var app = packages.NewFolder("emulator-consumer");
        File.WriteAllText(Path.Combine(app, "nuget.config"), packages.NuGetConfig());
        File.WriteAllText(Path.Combine(app, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TableImport.Emulator" Version="0.1.0" />
                <PackageReference Include="TableImport.Client" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using DuckDB.NET.Data;
            using TableImport;
            using TableImport.Client;
            using TableImport.Emulator;

            var dataFile = Path.Combine(AppContext.BaseDirectory, "jobs.db");
            await using (var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { DataFile = dataFile }))
            {
                using var http = new HttpClient();
                using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = "consumer" });
                var created = await client.CreateJobAsync(new TableImportJobDefinition
                {
                    ModelName = "consumer-model",
                    ModelType = ModelType.ScoreCategorical,
                    ModelEnvironmentName = ModelEnvironment.Production,
                    TableStore = TableStore.BigQuery,
                    BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = "t" },
                    Schema = new TableImportSchema { PredictionId = "id", PredictionLabel = "label", Timestamp = "ts", ChangeTimestamp = "changed" },
                });
                await foreach (var job in client.ListJobsAsync())
                {
                    Console.WriteLine($"listed={job.JobId}:{job.ModelName}:{(job.JobId == created.JobId)}");
                }

                Console.WriteLine("endpoint=" + emulator.GraphQLEndpoint.Host);
            }

            Console.WriteLine("datafile=" + new FileInfo(dataFile).Length);
            using var duck = new DuckDBConnection("Data Source=" + Path.Combine(AppContext.BaseDirectory, "warehouse.duckdb"));
            duck.Open();
            using var command = duck.CreateCommand();
            command.CommandText = "SELECT 40 + 2";
            Console.WriteLine("duckdb=" + command.ExecuteScalar());
            """);

        DotNetCli.Run(app, packages.Environment, PackedPackages.Timeout, "build", "-c", "Release");
        var output = DotNetCli.Run(app, packages.Environment, PackedPackages.Timeout, "run", "-c", "Release", "--no-build");

        Assert.Contains("listed=", output, StringComparison.Ordinal);
        Assert.Contains(":consumer-model:True", output, StringComparison.Ordinal);
        Assert.Contains("endpoint=127.0.0.1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("datafile=0", output, StringComparison.Ordinal);
        Assert.Contains("duckdb=42", output, StringComparison.Ordinal);
    }
}
