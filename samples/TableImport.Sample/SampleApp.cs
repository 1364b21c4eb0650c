using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TableImport.Client;
using TableImport.Hosting;
using TableImport.Hosting.Registration;

namespace TableImport.Sample;

/// <summary>The sample application: start-up registration, then a table of the space's jobs.</summary>
public static class SampleApp
{
    /// <summary>The space used when none is configured; the emulator accepts any.</summary>
    public const string DefaultSpaceId = "sample-space";

    /// <summary>Runs the sample and returns its exit code: 0 when every job registered.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
        => (await RunWithReportAsync(args, output, cancellationToken)).ExitCode;

    /// <summary>Runs the sample and returns its exit code with the registration report (null when it did not run).</summary>
    public static async Task<(int ExitCode, RegistrationReport? Report)> RunWithReportAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(args);
        // HttpClient and Polly log every request at Information; the registrar's own lines are what a reader of the sample wants.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning);

        await using var emulator = await StartEmulatorWhenNoEndpointAsync(builder.Configuration, output, cancellationToken);
        if (string.IsNullOrEmpty(builder.Configuration["TableImport:Endpoint"]))
        {
            await output.WriteLineAsync("Set TableImport__Endpoint (and TableImport__ApiKey, TableImport__SpaceId) to the Table Importer API to use.");
            return (2, null);
        }

        // This one line finds the jobs declared in this assembly (see Jobs/): the generator announces them.
        builder.Services.AddTableImport(builder.Configuration.GetSection("TableImport"));

        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            await output.WriteLineAsync("Configuration is incomplete: " + string.Join(" ", ex.Failures));
            return (2, null);
        }

        // The registrar has logged its summary line; failures are repeated here, beside the table, so none is missed.
        var report = host.Services.GetRequiredService<TableImportRegistrationState>().LastReport!;
        foreach (var job in report.Jobs.Where(j => j.Outcome == JobOutcome.Failed))
        {
            await output.WriteLineAsync($"FAILED {job.Message}");
        }

        var client = host.Services.GetRequiredService<TableImportClient>();
        var jobs = new List<TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync(cancellationToken))
        {
            jobs.Add(job);
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(JobTable.Format(jobs));
        await host.StopAsync(cancellationToken);
        return (report.Failed == 0 ? 0 : 1, report);
    }

    private static async Task<IAsyncDisposable?> StartEmulatorWhenNoEndpointAsync(ConfigurationManager configuration, TextWriter output, CancellationToken cancellationToken)
    {
#if EMBEDDED_EMULATOR
        if (!string.IsNullOrEmpty(configuration["TableImport:Endpoint"]))
        {
            return null;
        }

        var emulator = await TableImport.Emulator.EmulatorServer.StartAsync(cancellationToken: cancellationToken);
        configuration["TableImport:Endpoint"] = emulator.GraphQLEndpoint.ToString();
        configuration["TableImport:SpaceId"] ??= DefaultSpaceId;
        await output.WriteLineAsync($"No TableImport:Endpoint configured: started the local Table Importer emulator at {emulator.GraphQLEndpoint}");
        return emulator;
#else
        await Task.CompletedTask;
        return null;
#endif
    }
}
