using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TableImport.Emulator.State;

namespace TableImport.Emulator.Http;

/// <summary>
/// POST /graphql, written by hand because GraphQL.Server is not available here.
/// Status codes follow the GraphQL-over-HTTP spec for <c>application/json</c> responses, the media type every answer
/// uses: a well-formed request gets 200 even when the document has a syntax error, names an unknown field or has a
/// variable of the wrong type (the problem is in the <c>errors</c> array); a request that is not well-formed
/// GraphQL-over-HTTP (body not JSON, no <c>query</c> string, <c>variables</c> not an object) gets 400; a missing or
/// wrong API key gets 401. Each of these bodies is a GraphQL response with an <c>errors</c> array.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    ISchema schema,
    IDocumentExecuter executer,
    GraphQLSerializer serializer,
    JobStore store,
    EmulatorClock clock,
    EmulatorFaults faults,
    EmulatorRequestCounts counts,
    EmulatorOptions options,
    ILogger logger)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task HandleAsync(HttpContext http)
    {
        counts.CountRequest();
        var cancellationToken = http.RequestAborted;
        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var request = ParseRequest(body, out var badRequest);
        var operations = request is null ? [] : OperationInspector.RootOperations(request.Query, request.OperationName, request.Variables);
        foreach (var operation in operations)
        {
            counts.CountOperation(operation);
        }

        var fault = faults.TakeNext(operations);
        if (fault is not null && await ApplyFaultAsync(http, fault, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!Authorized(http.Request))
        {
            EmulatorLog.Unauthorized(logger);
            // Never echo the key that was sent, right or wrong.
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, "Unauthorized: the x-api-key header is missing or not valid.", "UNAUTHENTICATED", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (request is null)
        {
            EmulatorLog.BadRequest(logger, badRequest!);
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, badRequest!, "BAD_REQUEST", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (options.FollowWallClock)
        {
            store.CatchUp(clock.UtcNow);
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables is { ValueKind: JsonValueKind.Object } variables ? serializer.ReadNode<Inputs>(variables) : null,
            CancellationToken = cancellationToken,
            ValidationRules = options.DisableIntrospection ? [.. DocumentValidator.CoreRules, NoIntrospectionValidationRule.Instance] : null,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = context =>
            {
                EmulatorLog.ResolverFailed(logger, context.OriginalException);
                return Task.CompletedTask;
            },
        }).ConfigureAwait(false);

        if (fault is { Kind: EmulatorFaults.FaultKind.LoseResponse })
        {
            await LoseResponseAsync(http, fault, cancellationToken).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = JsonContentType;
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers with a GraphQL error body; used by the host for failures outside GraphQL execution too.</summary>
    public async Task WriteErrorAsync(HttpContext http, int statusCode, string message, string code, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = JsonContentType;
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken).ConfigureAwait(false);
    }

    private static Request? ParseRequest(string body, out string? problem)
    {
        problem = null;
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            problem = "The request body is not valid JSON; send {\"query\": \"...\", \"variables\": {...}}.";
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "The request body must be a JSON object with a \"query\" string.";
            return null;
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(query.GetString()))
        {
            problem = "The request has no GraphQL document: \"query\" must be a non-empty string.";
            return null;
        }

        JsonElement? variables = null;
        if (root.TryGetProperty("variables", out var v) && v.ValueKind != JsonValueKind.Null)
        {
            if (v.ValueKind != JsonValueKind.Object)
            {
                problem = "\"variables\" must be a JSON object when present.";
                return null;
            }

            variables = v;
        }

        string? operationName = null;
        if (root.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                problem = "\"operationName\" must be a string when present.";
                return null;
            }

            operationName = name.GetString();
        }

        return new Request(query.GetString()!, operationName, variables);
    }

    private bool Authorized(HttpRequest request)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
        {
            return true;
        }

        var sent = request.Headers["x-api-key"].ToString();
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(options.ApiKey));
    }

    /// <summary>
    /// Answers the request as the fault says; false when the request proceeds (a delay, or a lost response, which is
    /// lost only after the request was executed).
    /// </summary>
    private async Task<bool> ApplyFaultAsync(HttpContext http, EmulatorFaults.Fault fault, CancellationToken cancellationToken)
    {
        EmulatorLog.FaultInjected(logger, fault.Kind.ToString());
        switch (fault.Kind)
        {
            case EmulatorFaults.FaultKind.LoseResponse:
                return false;
            case EmulatorFaults.FaultKind.Delay:
                await Task.Delay(fault.Duration, cancellationToken).ConfigureAwait(false);
                return false;
            case EmulatorFaults.FaultKind.RateLimit:
                http.Response.Headers.RetryAfter = ((long)Math.Ceiling(fault.Duration.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "Rate limit exceeded (injected fault).", "RATE_LIMITED", cancellationToken).ConfigureAwait(false);
                return true;
            case EmulatorFaults.FaultKind.GraphQLError:
                await WriteErrorAsync(http, StatusCodes.Status200OK, fault.Message!, "INJECTED_FAULT", cancellationToken).ConfigureAwait(false);
                return true;
            case EmulatorFaults.FaultKind.NotJson:
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>", cancellationToken).ConfigureAwait(false);
                return true;
            default:
                await WriteErrorAsync(http, fault.StatusCode, $"Internal server error (injected fault, HTTP {fault.StatusCode}).", "INJECTED_FAULT", cancellationToken).ConfigureAwait(false);
                return true;
        }
    }

    /// <summary>The request was executed; its answer never reaches the client.</summary>
    private async Task LoseResponseAsync(HttpContext http, EmulatorFaults.Fault fault, CancellationToken cancellationToken)
    {
        if (fault.StatusCode == 0)
        {
            // Ends the connection without a byte of response, as a crashed proxy or a cut network would.
            http.Abort();
            return;
        }

        await WriteErrorAsync(http, fault.StatusCode, $"Bad gateway: the upstream answer was lost (injected fault, HTTP {fault.StatusCode}).", "INJECTED_FAULT", cancellationToken).ConfigureAwait(false);
    }

    private sealed record Request(string Query, string? OperationName, JsonElement? Variables);
}
