using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TableImport.Client;
using TableImport.Hosting;
using TableImport.Hosting.Registration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers TableImport's start-up registration.</summary>
public static class TableImportServiceCollectionExtensions
{
    /// <summary>Name of the health check that reports registration per job.</summary>
    public const string HealthCheckName = "tableimport";

    /// <summary>
    /// Registers the client, a hosted service that registers the application's own jobs with its Arize space at start-up,
    /// and a health check, configured from <paramref name="configuration"/> (usually <c>GetSection("TableImport")</c>:
    /// <c>Endpoint</c>, <c>ApiKey</c>, <c>SpaceId</c>, <c>Mode</c>, <c>FailOnError</c>, ...).
    /// </summary>
    public static TableImportBuilder AddTableImport(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // The client reads its own keys (PageSize, MaxRetries, rate limits, ...) from the same section.
        return services.AddCore(options => TableImportOptionsBinder.Bind(configuration, options), configuration);
    }

    /// <summary>Like <see cref="AddTableImport(IServiceCollection, IConfiguration)"/>, configured in code.</summary>
    public static TableImportBuilder AddTableImport(this IServiceCollection services, Action<TableImportOptions> configure)
        => services.AddCore(configure, clientConfiguration: null);

    private static TableImportBuilder AddCore(this IServiceCollection services, Action<TableImportOptions> configure, IConfiguration? clientConfiguration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<TableImportOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TableImportOptions>, TableImportOptionsValidator>());

        if (clientConfiguration is null)
        {
            services.AddTableImportClient(_ => { });
        }
        else
        {
            services.AddTableImportClient(clientConfiguration);
        }

        // Endpoint, key, space and token come from the registration's options, however they were configured.
        services.AddOptions<TableImportClientOptions>().Configure<IOptions<TableImportOptions>>((client, host) =>
        {
            var settings = host.Value;
            client.Endpoint = settings.Endpoint;
            client.ApiKey = settings.ApiKey;
            client.SpaceId = settings.SpaceId;
            client.DatabricksToken = settings.DatabricksToken;
        });

        var catalog = services.FirstOrDefault(d => d.ServiceType == typeof(TableImportJobCatalog))?.ImplementationInstance as TableImportJobCatalog;
        if (catalog is null)
        {
            catalog = new TableImportJobCatalog();
            services.AddSingleton(catalog);
            services.AddSingleton<TableImportRegistrationState>();
            services.AddSingleton<TableImportRegistrar>();
            services.AddHostedService<TableImportRegistrationService>();
            services.AddHealthChecks().AddCheck<TableImportHealthCheck>(HealthCheckName);
        }

        return new TableImportBuilder(services, catalog);
    }
}
