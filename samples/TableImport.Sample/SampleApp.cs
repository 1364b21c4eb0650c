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

        // --warehouse FILE.duckdb: the embedded emulator stands over a local warehouse the sample fills (LocalWarehouse).
        var warehouse = builder.Configuration["warehouse"];
        if (!string.IsNullOrEmpty(warehouse) && !string.IsNullOrEmpty(builder.Configuration["TableImport:Endpoint"]))
        {
            await output.WriteLineAsync("--warehouse runs the sample over the embedded emulator; leave TableImport__Endpoint unset to use it.");
            return (2, null);
        }

        await using var emulator = await StartEmulatorWhenNoEndpointAsync(builder.Configuration, warehouse, output, cancellationToken);
        if (!string.IsNullOrEmpty(warehouse) && emulator is null)
        {
            await output.WriteLineAsync("--warehouse needs the embedded emulator, which this build of the sample leaves out (Native AOT).");
            return (2, null);
        }

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
        if (!string.IsNullOrEmpty(warehouse))
        {
            await ShowRunsAsync(emulator!, client, jobs, warehouse, output, cancellationToken);
        }

        await host.StopAsync(cancellationToken);
        return (report.Failed == 0 ? 0 : 1, report);
    }

    /// <summary>An hour of emulator time passes, so each job's scheduled queries run over the warehouse; then what they counted.</summary>
    private static async Task ShowRunsAsync(IAsyncDisposable emulator, TableImportClient client, List<TableImportJobInfo> jobs, string warehouse, TextWriter output, CancellationToken cancellationToken)
    {
#if EMBEDDED_EMULATOR
        ((TableImport.Emulator.EmulatorServer)emulator).Clock.Advance(TimeSpan.FromHours(1));
        var runs = new List<(TableImportJobInfo, TableImportQueryList)>();
        foreach (var job in jobs)
        {
            runs.Add((job, await client.ListQueriesAsync(job.Id, cancellationToken)));
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"One hour later, the queries each job ran over {warehouse} (rows whose change timestamp is in the window):");
        await output.WriteLineAsync(JobTable.FormatRuns(runs));
#else
        await Task.CompletedTask;
        throw new NotSupportedException("--warehouse needs the embedded emulator.");
#endif
    }

    private static async Task<IAsyncDisposable?> StartEmulatorWhenNoEndpointAsync(ConfigurationManager configuration, string? warehouse, TextWriter output, CancellationToken cancellationToken)
    {
#if EMBEDDED_EMULATOR
        if (!string.IsNullOrEmpty(configuration["TableImport:Endpoint"]))
        {
            return null;
        }

        var options = new TableImport.Emulator.EmulatorOptions();
        if (!string.IsNullOrEmpty(warehouse))
        {
            // The tables come from the job types' generated CreateTableSql, the rows from their Columns names.
            options.StartTime = DateTimeOffset.UtcNow;
            options.Warehouse = Path.GetFullPath(warehouse);
            LocalWarehouse.Prepare(options.Warehouse, options.StartTime.Value);
            await output.WriteLineAsync($"Created the jobs' tables in {warehouse} from CreateTableSql(WarehouseDialect.DuckDb) and wrote 3 rows to each.");
        }

        var emulator = await TableImport.Emulator.EmulatorServer.StartAsync(options, cancellationToken);
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
