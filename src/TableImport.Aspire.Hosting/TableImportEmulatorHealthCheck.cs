using System.Net;
using System.Text;
using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

/// <summary>
/// Healthy when the emulator's GraphQL API executes a document: a <c>POST /graphql</c> of <see cref="Probe"/>, with the
/// resource's key when it has one, answered 200 with <c>data.__typename</c>. A page that loads proves only that the
/// process listens; this proves the API answers, and that the key referencing resources are given is the one it takes.
/// </summary>
internal sealed class TableImportEmulatorHealthCheck(TableImportEmulatorResource emulator) : IHealthCheck
{
    /// <summary>The smallest document every GraphQL server executes; it touches no space and creates nothing.</summary>
    internal const string Probe = """{"operationName":"TableImportEmulatorHealth","query":"query TableImportEmulatorHealth { __typename }"}""";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
    {
        Timeout = TimeSpan.FromSeconds(5),
    };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failure = context.Registration?.FailureStatus ?? HealthStatus.Unhealthy;
        // A reference of its own: a reference remembers the first answer to IsAllocated, and this may ask before the start.
        var endpoint = new EndpointReference(emulator, TableImportEmulatorResource.HttpEndpointName);
        if (!endpoint.IsAllocated)
        {
            return new HealthCheckResult(failure, $"The '{emulator.Name}' emulator has no address yet.");
        }

        var graphql = new Uri(endpoint.Url.TrimEnd('/') + "/graphql");
        using var request = new HttpRequestMessage(HttpMethod.Post, graphql)
        {
            Content = new StringContent(Probe, Encoding.UTF8, "application/json"),
        };
        if (emulator.ApiKey is { } apiKey)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", await apiKey.GetValueAsync(cancellationToken).ConfigureAwait(false));
        }

        try
        {
            using var response = await Http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                return new HealthCheckResult(failure, $"The emulator at {graphql} refused the API key (HTTP 401).");
            }

            if (!response.IsSuccessStatusCode)
            {
                return new HealthCheckResult(failure, $"The emulator at {graphql} answered HTTP {(int)response.StatusCode}.");
            }

            return AnswersTypename(body)
                ? HealthCheckResult.Healthy($"The Table Importer API answers at {graphql}.")
                : new HealthCheckResult(failure, $"The emulator at {graphql} answered 200 without data.__typename.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(failure, $"The emulator at {graphql} did not answer: {exception.Message}", exception);
        }
    }

    private static bool AnswersTypename(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("data", out var data)
                && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("__typename", out var typename)
                && typename.ValueKind == JsonValueKind.String;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
