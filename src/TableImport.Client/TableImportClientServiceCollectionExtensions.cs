using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using TableImport.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="TableImportClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
/// <remarks>
/// Retries live in the HttpClient's resilience handler on this path (Microsoft.Extensions.Http.Resilience: retry with
/// exponential backoff and jitter that honours <c>Retry-After</c> up to <see cref="TableImportClientOptions.MaxRetryAfter"/>,
/// around a per-attempt timeout), and the client's own
/// retry loop is off, so the two never stack. Requests the client marks unsafe to repeat (a real create, a triggered run)
/// are not retried. The client-side rate limiter is shared by every client the container makes.
/// </remarks>
public static class TableImportClientServiceCollectionExtensions
{
    /// <summary>The name of the resilience pipeline added to the client's HttpClient.</summary>
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
    /// <c>MaxRetries</c>, <c>RetryBaseDelay</c>, <c>MaxRetryDelay</c>, <c>MaxRetryAfter</c>, <c>AttemptTimeout</c>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("TableImport")</c>.</param>
    /// <returns>The HttpClient builder, to add handlers or configure the HttpClient further.</returns>
    public static IHttpClientBuilder AddTableImportClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        // Bound by hand rather than with the reflection-based binder, so the registration stays trimming- and AOT-safe.
        services.Configure<TableImportClientOptions>(options => Bind(configuration, options));
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        // A second registration (the app and the hosting package both calling this) must not add a second resilience
        // handler: retries would stack. The options configured by each call still all apply.
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
            sp.GetRequiredService<TableImportRateLimits>(),
            retriesInPipeline: true));

        // The pipeline's timeouts rule; HttpClient's own 100 s would cut a wait for Retry-After short.
        builder.ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        builder.RedactLoggedHeaders(["x-api-key"]);
        builder.AddResilienceHandler(ResiliencePipelineName, static (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptionsMonitor<TableImportClientOptions>>().CurrentValue;
            if (options.MaxRetries > 0)
            {
                var maxRetryAfter = options.MaxRetryAfter;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    // A 429 asking for longer than MaxRetryAfter is not retried (ShouldRetryAfterHeader alone would wait
                    // for any Retry-After): the client then ends the call with TableImportRateLimitedException, as its own
                    // retry loop does on the standalone path.
                    ShouldHandle = args => ValueTask.FromResult(
                        IsSafeToRetry(args.Context) && HttpClientResiliencePredicates.IsTransient(args.Outcome) && !AsksForTooLong(args.Outcome.Result, maxRetryAfter)),
                });
            }

            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    private sealed class RegistrationMarker
    {
    }

    private static bool AsksForTooLong(HttpResponseMessage? response, TimeSpan maxRetryAfter) =>
        response is { StatusCode: System.Net.HttpStatusCode.TooManyRequests } && RetryDelays.RetryAfter(response.Headers) > maxRetryAfter;

    private static bool IsSafeToRetry(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(TableImportClient.SafeToRetryKey, out var safe) && safe;

    private static void Bind(IConfiguration section, TableImportClientOptions options)
    {
        if (section["Endpoint"] is { Length: > 0 } endpoint)
        {
            options.Endpoint = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"TableImport configuration: Endpoint '{endpoint}' is not an absolute URI.");
        }

        options.ApiKey = section["ApiKey"] ?? options.ApiKey;
        options.SpaceId = section["SpaceId"] ?? options.SpaceId;
        options.DatabricksToken = section["DatabricksToken"] ?? options.DatabricksToken;
        options.MaxQueriesPerMinute = Int(section, "MaxQueriesPerMinute", options.MaxQueriesPerMinute);
        options.MaxMutationsPerMinute = Int(section, "MaxMutationsPerMinute", options.MaxMutationsPerMinute);
        options.PageSize = Int(section, "PageSize", options.PageSize);
        options.MaxRetries = Int(section, "MaxRetries", options.MaxRetries);
        options.RetryBaseDelay = Time(section, "RetryBaseDelay", options.RetryBaseDelay);
        options.MaxRetryDelay = Time(section, "MaxRetryDelay", options.MaxRetryDelay);
        options.MaxRetryAfter = Time(section, "MaxRetryAfter", options.MaxRetryAfter);
        options.AttemptTimeout = Time(section, "AttemptTimeout", options.AttemptTimeout);
    }

    private static int Int(IConfiguration section, string key, int fallback) => section[key] is not { Length: > 0 } text
        ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"TableImport configuration: {key} '{text}' is not an integer.");

    private static TimeSpan Time(IConfiguration section, string key, TimeSpan fallback) => section[key] is not { Length: > 0 } text
        ? fallback
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"TableImport configuration: {key} '{text}' is not a time span (hh:mm:ss).");
}
