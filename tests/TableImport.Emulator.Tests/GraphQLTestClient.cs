using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

/// <summary>Plain HTTP to the emulator, the way any client would talk to it: JSON in, JSON out.</summary>
internal sealed class GraphQLTestClient(Uri endpoint, string? apiKey = null) : IDisposable
{
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public Uri Endpoint => endpoint;

    public Task<GraphQLResponse> SendAsync(string query, string? variablesJson = null, string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variablesJson is not null)
        {
            body["variables"] = JsonNode.Parse(variablesJson);
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        return SendRawAsync(body.ToJsonString());
    }

    public async Task<GraphQLResponse> SendRawAsync(string body, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, text, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter?.Delta);
    }

    public void Dispose() => http.Dispose();
}

/// <summary>One HTTP answer; <see cref="Json"/> throws when the body is not JSON.</summary>
internal sealed record GraphQLResponse(HttpStatusCode Status, string Body, string? MediaType, TimeSpan? RetryAfter)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public string FirstError => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>Asserts a 200 answer without errors and returns its data.</summary>
    public JsonElement AssertData()
    {
        Assert.True(Status == HttpStatusCode.OK, $"HTTP {(int)Status}: {Body}");
        Assert.False(HasErrors, Body);
        return Data;
    }
}
