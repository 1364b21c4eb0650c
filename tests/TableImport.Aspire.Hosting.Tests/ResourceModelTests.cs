using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TableImport.Emulator;
using TableImport.Hosting;

namespace TableImport.Aspire.Hosting.Tests;

/// <summary>
/// The emulator resource as the app model holds it, with no orchestrator: its endpoint, the command line and environment
/// it is started with (and that command line run by hand, which must serve the API), its health check against a real
/// emulator, what a referencing resource receives (bound by TableImport.Hosting's own options binder), and publish mode.
/// </summary>
public sealed class ResourceModelTests
{
    [Fact]
    public async Task The_emulator_is_an_executable_on_an_http_endpoint_started_with_its_files_and_its_key_in_the_environment()
    {
        var builder = DistributedApplication.CreateBuilder();
        var key = builder.AddParameter("key", "s3cret-key", secret: true);
        var arize = builder.AddTableImportEmulator("arize").WithWarehouse("warehouse.duckdb").WithDataFile("data/jobs.db").WithApiKey(key);
        var resource = arize.Resource;
        Allocate(resource, port: 5080, targetPort: 7080);

        Assert.IsAssignableFrom<ExecutableResource>(resource);
        Assert.Equal(Path.Combine(builder.AppHostDirectory, "warehouse.duckdb"), resource.Warehouse);
        Assert.Equal(Path.Combine(builder.AppHostDirectory, "data", "jobs.db"), resource.DataFile);
        Assert.Equal("dotnet", Path.GetFileNameWithoutExtension(resource.Command));
        Assert.True(File.Exists(resource.Command), resource.Command);

        var endpoint = Assert.Single(resource.Annotations.OfType<EndpointAnnotation>());
        Assert.Equal(("http", "http", true), (endpoint.Name, endpoint.UriScheme, endpoint.IsProxied));
        Assert.Equal("http://localhost:5080/graphql", await resource.GraphQLEndpoint.GetValueAsync(default));
        Assert.Single(resource.Annotations.OfType<HealthCheckAnnotation>());
        Assert.Contains(resource.Annotations.OfType<ManifestPublishingCallbackAnnotation>(), a => a == ManifestPublishingCallbackAnnotation.Ignore);

        var args = await Evaluate.ArgumentsAsync(resource);
        var deps = Path.Combine(AppContext.BaseDirectory, "TableImport.Aspire.Hosting.Tests.deps.json");
        Assert.Equal(
            [
                "exec", "--runtimeconfig", Path.ChangeExtension(Path.ChangeExtension(deps, null), null) + ".runtimeconfig.json", "--depsfile", deps,
                Path.Combine(AppContext.BaseDirectory, "TableImport.Aspire.Hosting.dll"),
                "--urls", "http://localhost:7080", "--data-file", resource.DataFile!, "--warehouse", resource.Warehouse!,
            ],
            args);
        Assert.True(Directory.Exists(Path.GetDirectoryName(resource.DataFile)), "the data file's folder is made before the start");

        var environment = await Evaluate.EnvironmentAsync(resource);
        Assert.Equal("s3cret-key", environment["TABLEIMPORT_EMULATOR_API_KEY"]);
        Directory.Delete(Path.GetDirectoryName(resource.DataFile)!, recursive: true);
    }

    [Fact]
    public async Task A_referencing_resource_receives_the_endpoint_space_and_key_that_AddTableImport_binds()
    {
        var builder = DistributedApplication.CreateBuilder();
        var arize = builder.AddTableImportEmulator("arize").WithApiKey(builder.AddParameter("key", "s3cret-key", secret: true));
        var app = builder.AddExecutable("app", "dotnet", ".").WithReference(arize).WaitFor(arize);
        // Set after WithReference: read when the app starts.
        arize.WithSpace("team-space");
        Allocate(arize.Resource, port: 5080, targetPort: 7080);

        var environment = await Evaluate.EnvironmentAsync(app.Resource);

        Assert.Equal("http://localhost:5080/graphql", environment["TableImport__Endpoint"]);
        Assert.Equal("team-space", environment["TableImport__SpaceId"]);
        Assert.Equal("s3cret-key", environment["TableImport__ApiKey"]);
        var wait = Assert.Single(app.Resource.Annotations.OfType<WaitAnnotation>());
        Assert.Same(arize.Resource, wait.Resource);
        Assert.Equal(WaitType.WaitUntilHealthy, wait.WaitType);

        // The app's side: TableImport.Hosting's options, bound from exactly those variables.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(environment.Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value))).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddTableImport(configuration.GetSection("TableImport"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<TableImportOptions>>().Value;
        Assert.Equal(new Uri("http://localhost:5080/graphql"), options.Endpoint);
        Assert.Equal("team-space", options.SpaceId);
        Assert.Equal("s3cret-key", options.ApiKey);
    }

    [Fact]
    public async Task Without_a_space_or_key_a_reference_gets_the_default_space_and_no_key_in_the_section_it_names()
    {
        var builder = DistributedApplication.CreateBuilder();
        var arize = builder.AddTableImportEmulator("arize");
        var app = builder.AddExecutable("app", "dotnet", ".").WithReference(arize, "Arize:TableImport");
        Allocate(arize.Resource, port: 5081, targetPort: 7081);

        var environment = await Evaluate.EnvironmentAsync(app.Resource);
        var emulatorEnvironment = await Evaluate.EnvironmentAsync(arize.Resource);
        var args = await Evaluate.ArgumentsAsync(arize.Resource);

        Assert.Equal("http://localhost:5081/graphql", environment["Arize__TableImport__Endpoint"]);
        Assert.Equal(TableImportEmulatorResource.DefaultSpaceId, environment["Arize__TableImport__SpaceId"]);
        Assert.DoesNotContain(environment.Keys, k => k.EndsWith("ApiKey", StringComparison.Ordinal) || k.StartsWith("TableImport__", StringComparison.Ordinal));
        Assert.DoesNotContain("TABLEIMPORT_EMULATOR_API_KEY", emulatorEnvironment.Keys);
        Assert.DoesNotContain("--data-file", args);
        Assert.DoesNotContain("--warehouse", args);
    }

    [Fact]
    public async Task WithApiKey_alone_generates_a_secret_key_for_the_emulator_and_its_references()
    {
        var builder = DistributedApplication.CreateBuilder();
        var arize = builder.AddTableImportEmulator("arize").WithApiKey();
        var app = builder.AddExecutable("app", "dotnet", ".").WithReference(arize);
        Allocate(arize.Resource, port: 5082, targetPort: 7082);

        var key = await arize.Resource.ApiKey!.GetValueAsync(default);

        Assert.True(arize.Resource.ApiKey.Secret);
        Assert.Equal("arize-api-key", arize.Resource.ApiKey.Name);
        Assert.True(key is { Length: >= 16 }, key);
        Assert.Equal(key, (await Evaluate.EnvironmentAsync(app.Resource))["TableImport__ApiKey"]);
        Assert.Equal(key, (await Evaluate.EnvironmentAsync(arize.Resource))["TABLEIMPORT_EMULATOR_API_KEY"]);
    }

    [Fact]
    public async Task In_publish_mode_there_is_no_endpoint_no_health_check_and_a_reference_gets_nothing()
    {
        var builder = DistributedApplication.CreateBuilder(["--operation", "publish"]);
        Assert.True(builder.ExecutionContext.IsPublishMode);
        var arize = builder.AddTableImportEmulator("arize").WithDataFile().WithApiKey();
        var app = builder.AddExecutable("app", "dotnet", ".").WithReference(arize).WaitFor(arize);

        Assert.Contains(arize.Resource.Annotations.OfType<ManifestPublishingCallbackAnnotation>(), a => a == ManifestPublishingCallbackAnnotation.Ignore);
        Assert.Empty(arize.Resource.Annotations.OfType<EndpointAnnotation>());
        Assert.Empty(arize.Resource.Annotations.OfType<HealthCheckAnnotation>());
        Assert.Null(arize.Resource.ApiKey);
        Assert.DoesNotContain(builder.Resources, r => r is ParameterResource);
        var environment = await Evaluate.EnvironmentAsync(app.Resource, DistributedApplicationOperation.Publish);
        Assert.DoesNotContain(environment.Keys, k => k.StartsWith("TableImport__", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_health_check_is_healthy_only_when_the_API_answers_with_the_key()
    {
        var builder = DistributedApplication.CreateBuilder();
        var arize = builder.AddTableImportEmulator("arize").WithApiKey(builder.AddParameter("key", "right-key", secret: true));
        await using var app = builder.Build();
        var health = app.Services.GetRequiredService<HealthCheckService>();
        var name = Assert.Single(arize.Resource.Annotations.OfType<HealthCheckAnnotation>()).Key;
        Task<HealthReport> CheckAsync() => health.CheckHealthAsync(r => r.Name == name);

        // Before the orchestrator gives it an address.
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync()).Status);

        await using (var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "right-key" }))
        {
            Allocate(arize.Resource, emulator.BaseAddress.Port, emulator.BaseAddress.Port);
            var report = await CheckAsync();
            Assert.True(report.Status == HealthStatus.Healthy, report.Entries[name].Description);
            Assert.Equal(1, emulator.RequestCounts.Total);
        }

        await using (var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "another-key" }))
        {
            Allocate(arize.Resource, emulator.BaseAddress.Port, emulator.BaseAddress.Port);
            var report = await CheckAsync();
            Assert.Equal(HealthStatus.Unhealthy, report.Status);
            Assert.Contains("refused the API key (HTTP 401)", report.Entries[name].Description, StringComparison.Ordinal);
        }

        // Nothing listens there any more.
        var nobody = await CheckAsync();
        Assert.Equal(HealthStatus.Unhealthy, nobody.Status);
        Assert.Contains("did not answer", nobody.Entries[name].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_the_resource_describes_starts_an_emulator_that_requires_the_key()
    {
        var builder = DistributedApplication.CreateBuilder();
        var folder = Directory.CreateTempSubdirectory("tableimport-resource-").FullName;
        var arize = builder.AddTableImportEmulator("arize").WithDataFile(Path.Combine(folder, "jobs.db")).WithApiKey(builder.AddParameter("key", "process-key", secret: true));
        var port = FreePort();
        Allocate(arize.Resource, port, port);
        await using var app = builder.Build();
        var health = app.Services.GetRequiredService<HealthCheckService>();

        var start = new ProcessStartInfo(arize.Resource.Command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in await Evaluate.ArgumentsAsync(arize.Resource))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in await Evaluate.EnvironmentAsync(arize.Resource))
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            }
            while (line is not null && !line.StartsWith("Table Importer emulator:", StringComparison.Ordinal));

            Assert.Equal($"Table Importer emulator: POST http://localhost:{port}/graphql, jobs and queries at http://localhost:{port}/", line);
            var report = await health.CheckHealthAsync();
            Assert.True(report.Status == HealthStatus.Healthy, string.Join("; ", report.Entries.Select(e => e.Value.Description)));

            using var http = new HttpClient();
            using var keyless = await http.PostAsync($"http://localhost:{port}/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, keyless.StatusCode);
            Assert.True(File.Exists(Path.Combine(folder, "jobs.db")));
        }
        finally
        {
            // SIGTERM, as the orchestrator stops it: the process ends by itself, with exit code 0.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            var exited = process.WaitForExit(TimeSpan.FromSeconds(30));
            if (!exited)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.True(exited, "the emulator did not stop on SIGTERM");
            Assert.Equal(0, process.ExitCode);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the orchestrator does when it starts the resource: give its endpoint an address.</summary>
    private static void Allocate(TableImportEmulatorResource resource, int port, int targetPort)
    {
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single();
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "localhost", port, targetPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
