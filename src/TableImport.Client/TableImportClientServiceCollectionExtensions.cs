using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TableImport.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="TableImportClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
/// <remarks>
/// The client retries through its own resilience pipeline, the same one a client made with <c>new</c> uses (retries with
/// backoff and jitter that honour <c>Retry-After</c>, a per-attempt timeout, a client-side rate limit taken by every
/// attempt), so no retry handler is added to the HttpClient: retries never stack. The rate limiter is shared by every
/// client the container makes.
/// </remarks>
public static class TableImportClientServiceCollectionExtensions
{
    /// <summary>The name of the client's resilience pipeline, as Polly's telemetry reports it.</summary>
    public const string ResiliencePipelineName = "TableImport";

    /// <summary>Registers the client with options set in code.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets endpoint, key, space and limits.</param>
    /// <returns>The HttpClient builder, to add handlers or configure the HttpClient further.</returns>
    public static IHttpClientBuilder AddTableImportClient(this IServiceCollection services, Action<TableImportClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers the client with options read from a configuration section (keys <c>Endpoint</c>, <c>ApiKey</c>,
    /// <c>SpaceId</c>, <c>DatabricksToken</c>, <c>MaxQueriesPerMinute</c>, <c>MaxMutationsPerMinute</c>, <c>PageSize</c>,
    /// <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>MaxRetryDelay</c>, <c>MaxRetryAfter</c>, <c>AttemptTimeout</c>). An empty
    /// value counts as not set; a value that cannot be read fails naming its key.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("TableImport")</c>.</param>
    /// <returns>The HttpClient builder, to add handlers or configure the HttpClient further.</returns>
    public static IHttpClientBuilder AddTableImportClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<TableImportClientOptions>(options => TableImportConfigurationBinder.Bind(configuration, options));
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        // A second registration (the app and the hosting package both calling this) registers nothing twice; the options
        // configured by each call still all apply.
        if (services.Any(d => d.ServiceType == typeof(RegistrationMarker)))
        {
            return services.AddHttpClient(nameof(TableImportClient));
        }

        services.AddSingleton<RegistrationMarker>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TableImportClientOptions>>().Value;
            return new TableImportRateLimits(options.MaxQueriesPerMinute, options.MaxMutationsPerMinute);
        });

        var builder = services.AddHttpClient(nameof(TableImportClient));
        builder.AddTypedClient<TableImportClient>((HttpClient http, IServiceProvider sp) => new TableImportClient(
            http,
            sp.GetRequiredService<IOptionsMonitor<TableImportClientOptions>>().CurrentValue,
            sp.GetService<ILoggerFactory>()?.CreateLogger<TableImportClient>(),
            sp.GetRequiredService<TableImportRateLimits>()));

        // The client's pipeline times each attempt (AttemptTimeout); HttpClient's own 100 s would cut a longer one short.
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.RedactLoggedHeaders(["x-api-key"]);
        return builder;
    }

    private sealed class RegistrationMarker
    {
    }
}
