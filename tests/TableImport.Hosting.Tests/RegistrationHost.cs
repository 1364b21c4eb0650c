using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TableImport.Emulator;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting.Tests;

/// <summary>An application host wired as a user would wire it: configuration section, AddTableImport, AddJobs.</summary>
internal sealed class RegistrationHost : IAsyncDisposable
{
    private RegistrationHost(IHost host, CapturedLogs logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public RegistrationReport? Report => Host.Services.GetRequiredService<TableImportRegistrationState>().LastReport;

    public string? SummaryLine => Logs.Lines.LastOrDefault(l => l.Contains("Table import registration:", StringComparison.Ordinal));

    public static RegistrationHost Build(EmulatorServer emulator, string spaceId, IEnumerable<TableImportJobDefinition> jobs, params (string Key, string Value)[] settings)
        => Build(emulator, spaceId, jobs, configure: null, settings);

    public static RegistrationHost Build(EmulatorServer emulator, string spaceId, IEnumerable<TableImportJobDefinition> jobs, Action<IServiceCollection>? configure, params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["TableImport:Endpoint"] = emulator.GraphQLEndpoint.ToString(),
            ["TableImport:SpaceId"] = spaceId,
            // The test assembly declares jobs of its own; each test names exactly the jobs it registers.
            ["TableImport:IncludeDeclaredJobs"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            config["TableImport:" + key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        var logs = new CapturedLogs();
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.Services.AddTableImport(builder.Configuration.GetSection("TableImport")).AddJobs(jobs);
        configure?.Invoke(builder.Services);
        return new RegistrationHost(builder.Build(), logs);
    }

    /// <summary>Starts the host (which registers the jobs), stops it, and returns the report.</summary>
    public static Task<RegistrationHost> RunAsync(EmulatorServer emulator, string spaceId, IEnumerable<TableImportJobDefinition> jobs, params (string Key, string Value)[] settings)
        => RunAsync(emulator, spaceId, jobs, configure: null, settings);

    /// <summary>Like the other overload, with <paramref name="configure"/> changing the services first (a handler on the client, say).</summary>
    public static async Task<RegistrationHost> RunAsync(EmulatorServer emulator, string spaceId, IEnumerable<TableImportJobDefinition> jobs, Action<IServiceCollection>? configure, params (string Key, string Value)[] settings)
    {
        var host = Build(emulator, spaceId, jobs, configure, settings);
        await host.Host.StartAsync();
        await host.Host.StopAsync();
        return host;
    }

    public Task<HealthReport> CheckHealthAsync() => Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    public async ValueTask DisposeAsync()
    {
        if (Host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }
    }
}
