using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting;

/// <summary>
/// Registers the application's jobs while the host starts. It runs inside <see cref="StartAsync"/> so that
/// <see cref="TableImportOptions.FailOnError"/> can stop start-up, and so that the application starts serving only
/// once its jobs are in place.
/// </summary>
internal sealed class TableImportRegistrationService(
    TableImportRegistrar registrar,
    TableImportJobCatalog catalog,
    TableImportRegistrationState state,
    IOptions<TableImportOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var report = await registrar.RegisterAsync(catalog.Jobs(settings.IncludeDeclaredJobs), cancellationToken).ConfigureAwait(false);
        state.Complete(report);
        if (settings.FailOnError && report.Failed > 0)
        {
            throw new TableImportRegistrationException(report);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
