using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using TableImport.Client;

namespace TableImport.Aspire.Hosting.Tests;

/// <summary>
/// An app host outside this repository, as a team writes one: <c>TableImport.Aspire.Hosting</c> packed from source into
/// a local feed (with <c>TableImport.Emulator</c> and <c>TableImport</c>, which it depends on), restored into a fresh
/// project on <c>Aspire.AppHost.Sdk/13.6.4</c> with a packages folder of its own, built with warnings as errors (and no
/// NuGet warning at all), then run as a developer runs it, dashboard included: the emulator starts from the packages
/// alone, and the executable that references it and waits for it is given the endpoint and space.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);
    private static readonly string[] Packed = ["TableImport", "TableImport.Emulator", "TableImport.Aspire.Hosting"];
    private readonly string root = Directory.CreateTempSubdirectory("tableimport-aspire-consumer-").FullName;

    [Fact]
    public async Task An_app_host_referencing_the_packed_package_builds_and_runs_the_emulator_for_the_resource_that_waits_for_it()
    {
        var feed = Path.Combine(root, "feed");
        var app = Directory.CreateDirectory(Path.Combine(root, "apphost")).FullName;
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
        using (PackLock.Acquire(Timeout))
        {
            foreach (var project in Packed)
            {
                // The machine's packages folder for the pack itself (PackLock's remarks); the app host gets its own.
                DotNetCli.Run(RepositoryRoot(), new Dictionary<string, string>(), Timeout, "pack", Path.Combine("src", project), "-c", "Release", "-o", feed);
            }
        }

        File.WriteAllText(Path.Combine(app, "nuget.config"), DotNetCli.LocalFeedConfig(feed, allOurs: true));
        File.WriteAllText(Path.Combine(app, "AppHost.csproj"), """
            <Project Sdk="Aspire.AppHost.Sdk/13.6.4">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Aspire.Hosting.AppHost" Version="13.6.5" />
                <PackageReference Include="TableImport.Aspire.Hosting" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            var builder = DistributedApplication.CreateBuilder(args);

            var arize = builder.AddTableImportEmulator("arize").WithWarehouse("warehouse.duckdb").WithDataFile("jobs.db");
            builder.AddExecutable("app", "sh", ".", "-c", "echo \"$TableImport__Endpoint $TableImport__SpaceId\" > referenced.txt")
                .WithReference(arize)
                .WaitFor(arize);

            builder.Build().Run();
            """);

        var build = DotNetCli.Run(app, environment, Timeout, "build", "-c", "Release");
        Assert.DoesNotContain("warning NU", build, StringComparison.Ordinal);

        // Run as a developer does, the dashboard on plain HTTP (no developer certificate here).
        var start = new ProcessStartInfo(Path.Combine(app, "bin", "Release", "net10.0", "AppHost"))
        {
            WorkingDirectory = app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        var output = new System.Text.StringBuilder();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var referenced = Path.Combine(app, "referenced.txt");
            var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
            while (!(File.Exists(referenced) && File.ReadAllText(referenced).Contains(' ', StringComparison.Ordinal)) && DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(250);
            }

            Assert.True(File.Exists(referenced), "The referencing executable never ran:\n" + Output(output));
            var parts = File.ReadAllText(referenced).Trim().Split(' ');
            Assert.Equal("local", parts[1]);
            var graphql = new Uri(parts[0]);
            Assert.Equal("/graphql", graphql.AbsolutePath);

            // The emulator the package started, through the endpoint the executable was given: its data file and its
            // warehouse are the app host's relative paths (the warehouse file does not exist, and the dry run says so).
            using var http = new HttpClient();
            using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = graphql, SpaceId = "local" });
            var dryRun = await client.DryRunAsync(new TableImportJobDefinition
            {
                ModelName = "consumer-model",
                ModelType = ModelType.ScoreCategorical,
                ModelEnvironmentName = ModelEnvironment.Production,
                TableStore = TableStore.BigQuery,
                BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = "t" },
                Schema = new TableImportSchema { PredictionId = "id", PredictionLabel = "label", Timestamp = "ts", ChangeTimestamp = "changed" },
            });
            Assert.Equal("WAREHOUSE_UNAVAILABLE", dryRun.ErrorCode);
            Assert.Contains(Path.Combine(app, "warehouse.duckdb"), dryRun.ErrorMessage, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(app, "jobs.db")), "no data file beside the app host:\n" + Output(output));
        }
        finally
        {
            // Ctrl+C's signal, as a developer stops it; the orchestrator stops the emulator with it.
            if (!process.HasExited)
            {
                Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
                if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
    }

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

    private static string Output(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
