using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TableImport.Cli.Configuration;
using TableImport.Client;

namespace TableImport.Cli.Doctor;

/// <summary>
/// The doctor's checks, in the order a problem would show: configuration, endpoint, key, space, then the schema. The
/// schema is checked by introspection against every request the client can send (<see cref="TableImportRequests"/>);
/// where introspection is disabled, by running the client's read-only operations for real. The key is never printed.
/// </summary>
internal sealed class DoctorRun(CliContext context)
{
    private const string SpaceQuery = "query tableimportDoctorSpace($spaceId: ID!) { node(id: $spaceId) { __typename ... on Space { id } } }";

    private readonly TextWriter output = context.Console.Out;
    private int problems;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var options = context.Options;
        await LineAsync(" ", $"endpoint {options.Endpoint}, space '{options.SpaceId}', API key {(context.HasApiKey ? "set (" + context.KeySource + ")" : "not set")}").ConfigureAwait(false);

        using var http = new HttpClient { Timeout = context.Client.Options.AttemptTimeout };
        var introspection = await PostAsync(http, options.Endpoint, "tableimportDoctorIntrospection", IntrospectedSchema.Query, null, cancellationToken).ConfigureAwait(false);
        if (introspection is null)
        {
            return await FinishAsync().ConfigureAwait(false);
        }

        await OkAsync($"endpoint reachable: {options.Endpoint} answers GraphQL").ConfigureAwait(false);
        await OkAsync(context.HasApiKey ? "API key accepted" : "no API key set, and the endpoint asks for none").ConfigureAwait(false);

        IntrospectedSchema? schema = null;
        if (introspection.Value.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("__schema", out var schemaJson) && schemaJson.ValueKind == JsonValueKind.Object)
        {
            schema = IntrospectedSchema.Parse(schemaJson);
        }
        else
        {
            await WarnAsync($"introspection is disabled on this endpoint ({FirstError(introspection.Value) ?? "no schema in the answer"}); checking what read-only queries can").ConfigureAwait(false);
        }

        var spaceFound = await CheckSpaceAsync(http, options.Endpoint, options.SpaceId!, cancellationToken).ConfigureAwait(false);
        var sample = spaceFound ? await ListJobsAsync(cancellationToken).ConfigureAwait(false) : null;
        if (schema is not null)
        {
            await CheckSchemaAsync(schema).ConfigureAwait(false);
        }
        else if (spaceFound)
        {
            await CheckReadOnlyAsync(sample, cancellationToken).ConfigureAwait(false);
        }

        return await FinishAsync().ConfigureAwait(false);
    }

    /// <summary>Every problem of every request the client can send, with the operations whose documents have it.</summary>
    private async Task CheckSchemaAsync(IntrospectedSchema schema)
    {
        var needs = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var documents = 0;
        var operations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var request in TableImportRequests.Every())
        {
            documents++;
            operations.Add(request.Operation);
            foreach (var problem in DocumentCheck.Problems(schema, request.Body))
            {
                if (!needs.TryGetValue(problem, out var by))
                {
                    needs[problem] = by = new SortedSet<string>(StringComparer.Ordinal);
                }

                by.Add(request.Operation);
            }
        }

        var required = needs.Where(n => Extras.Of(n.Key) is null).ToList();
        var degraded = needs.Where(n => Extras.Of(n.Key) is not null).GroupBy(n => Extras.Of(n.Key)!).ToList();
        if (required.Count == 0)
        {
            await OkAsync($"schema: every type, field, argument, input field and enum value the client's {operations.Count} operations require is on the server ({documents} documents checked by introspection)").ConfigureAwait(false);
        }
        else
        {
            await FailAsync($"schema: the server lacks {required.Count} thing(s) the client's documents require; each operation named fails on it:").ConfigureAwait(false);
            foreach (var (problem, by) in required)
            {
                await output.WriteLineAsync($"      missing {problem}: needed by {string.Join(", ", by)}").ConfigureAwait(false);
            }
        }

        foreach (var extra in degraded)
        {
            var by = extra.SelectMany(n => n.Value).Distinct().Order(StringComparer.Ordinal);
            await WarnAsync($"this server has no {extra.Key.Name} (an extra of {string.Join(", ", by)}): {extra.Key.WithoutIt}").ConfigureAwait(false);
        }
    }

    /// <summary>Without introspection: the client's read-only operations, run for real; a missing field fails them by name.</summary>
    private async Task CheckReadOnlyAsync(TableImportJobInfo? sample, CancellationToken cancellationToken)
    {
        if (sample is null)
        {
            await WarnAsync("the space has no job, so FindJob, GetJob and ListQueries could not be tried").ConfigureAwait(false);
        }
        else
        {
            await TryAsync("FindJob", () => context.Client.FindJobAsync(sample.JobId, cancellationToken)).ConfigureAwait(false);
            await TryAsync("GetJob", () => context.Client.GetJobAsync(sample.Id, cancellationToken)).ConfigureAwait(false);
            await TryAsync("ListQueries", () => context.Client.ListQueriesAsync(sample.Id, cancellationToken)).ConfigureAwait(false);
        }

        await WarnAsync("the mutations (create, update, pause, resume, delete, trigger) were not checked: without introspection only running them would tell, and that would change the space").ConfigureAwait(false);
    }

    private async Task TryAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            await OkAsync($"{operation} works").ConfigureAwait(false);
        }
        catch (TableImportException ex)
        {
            await FailAsync($"{operation}: {ex.Message}").ConfigureAwait(false);
        }
    }

    private async Task<bool> CheckSpaceAsync(HttpClient http, Uri endpoint, string spaceId, CancellationToken cancellationToken)
    {
        var answer = await PostAsync(http, endpoint, "tableimportDoctorSpace", SpaceQuery, spaceId, cancellationToken).ConfigureAwait(false);
        if (answer is not { } json)
        {
            return false;
        }

        if (FirstError(json) is { } error)
        {
            await FailAsync($"space '{spaceId}': the server answered: {error}").ConfigureAwait(false);
            return false;
        }

        var node = json.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("node", out var n) ? n : default;
        if (node.ValueKind != JsonValueKind.Object)
        {
            await FailAsync($"space '{spaceId}' not found: node(id:) answered null; take the space id from the Arize app URL /organizations/:org/spaces/:space_id").ConfigureAwait(false);
            return false;
        }

        if (node.TryGetProperty("__typename", out var typeName) && typeName.GetString() is { } type && type != "Space")
        {
            await FailAsync($"'{spaceId}' is a {type}, not a space").ConfigureAwait(false);
            return false;
        }

        await OkAsync($"space '{spaceId}' found").ConfigureAwait(false);
        return true;
    }

    /// <summary>The client's own listing, every page: the first thing every command does. Returns one job to try more on.</summary>
    private async Task<TableImportJobInfo?> ListJobsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var count = 0;
            TableImportJobInfo? first = null;
            await foreach (var job in context.Client.ListJobsAsync(cancellationToken).ConfigureAwait(false))
            {
                first ??= job;
                count++;
            }

            await OkAsync($"the client lists the space's jobs ({count})").ConfigureAwait(false);
            return first;
        }
        catch (TableImportException ex)
        {
            await FailAsync("listing the space's jobs failed: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>One GraphQL request of the doctor's own; null (the problem reported) when there is no GraphQL answer to read.</summary>
    private async Task<JsonElement?> PostAsync(HttpClient http, Uri endpoint, string operation, string query, string? spaceId, CancellationToken cancellationToken)
    {
        var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("operationName", operation);
            writer.WriteString("query", query);
            writer.WriteStartObject("variables");
            if (spaceId is not null)
            {
                writer.WriteString("spaceId", spaceId);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body.ToArray()) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (context.ApiKeyForRequests is { } key)
        {
            request.Headers.TryAddWithoutValidation("x-api-key", key);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await FailAsync($"endpoint: could not reach {endpoint}: {(ex is TaskCanceledException ? $"no answer within {http.Timeout.TotalSeconds:0} s" : ex.Message)}").ConfigureAwait(false);
            return null;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                await FailAsync(context.HasApiKey
                    ? $"the API key was refused (HTTP 401): the key in {context.KeySource} is not valid for {endpoint.Host}"
                    : "the API key was refused (HTTP 401): no key is set; set TableImport__ApiKey or pass --api-key-file").ConfigureAwait(false);
                return null;
            }

            if (response.StatusCode == HttpStatusCode.Forbidden)
            {
                await FailAsync($"the API key is not allowed here (HTTP 403): {Snippet(text)}").ConfigureAwait(false);
                return null;
            }

            JsonElement json;
            try
            {
                using var document = JsonDocument.Parse(text);
                json = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                await FailAsync($"endpoint: {endpoint} answered HTTP {(int)response.StatusCode}, not GraphQL: {Snippet(text)}").ConfigureAwait(false);
                return null;
            }

            // A GraphQL server may answer a refused document with 400 and an errors array: still an answer to read.
            if (!response.IsSuccessStatusCode && FirstError(json) is null)
            {
                await FailAsync($"endpoint: {endpoint} answered HTTP {(int)response.StatusCode}: {Snippet(text)}").ConfigureAwait(false);
                return null;
            }

            return json;
        }
    }

    private static string? FirstError(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0
            ? errors[0].TryGetProperty("message", out var message) ? message.GetString() : "an error without a message"
            : null;

    private string Snippet(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return context.Redact(text.Length > 200 ? text[..200] + "..." : text);
    }

    private Task OkAsync(string text) => LineAsync("✓", text);

    private Task WarnAsync(string text) => LineAsync("!", text);

    private Task FailAsync(string text)
    {
        problems++;
        return LineAsync("✗", text);
    }

    private Task LineAsync(string mark, string text) => output.WriteLineAsync($"  {mark} {context.Redact(text)}");

    private async Task<int> FinishAsync()
    {
        await output.WriteLineAsync(problems == 0 ? "doctor: every check passed" : $"doctor: {problems} problem(s)").ConfigureAwait(false);
        return problems == 0 ? ExitCodes.Success : ExitCodes.Error;
    }
}
