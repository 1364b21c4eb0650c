namespace TableImport.Client;

/// <summary>Settings of a <see cref="TableImportClient"/>. <see cref="ToString"/> never shows the secrets.</summary>
public sealed class TableImportClientOptions
{
    /// <summary>The Arize GraphQL endpoint used unless another is configured.</summary>
    public const string DefaultEndpoint = "https://app.arize.com/graphql";

    /// <summary>The GraphQL endpoint; on-prem installs and the emulator use another. Default <see cref="DefaultEndpoint"/>.</summary>
    public Uri Endpoint { get; set; } = new(DefaultEndpoint);

    /// <summary>The API key, sent as the <c>x-api-key</c> header. Never logged nor put in a message.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The space the jobs live in (from the app URL <c>/organizations/:org/spaces/:space_id</c>).</summary>
    public string? SpaceId { get; set; }

    /// <summary>
    /// The Databricks access token, added to <c>databricksTableConfig</c> as <c>token</c> when a job is created. A secret:
    /// it comes from configuration, never from a definition, and is never logged.
    /// </summary>
    public string? DatabricksToken { get; set; }

    /// <summary>Queries this client may send per minute (Arize allows 100). Default 100.</summary>
    public int MaxQueriesPerMinute { get; set; } = 100;

    /// <summary>Mutations this client may send per minute (Arize allows 300). Default 300.</summary>
    public int MaxMutationsPerMinute { get; set; } = 300;

    /// <summary>How many jobs or queries one page asks for (<c>first</c>). Default 50.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// How many times a failed call is tried again: a call that is safe to repeat after a 5xx, a 429, a timeout or a
    /// connection failure; a real create or a triggered run only after a 429 or a connection never made. 0 turns retries
    /// off. Default 3.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; each further retry doubles it, with jitter. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between two attempts, unless the server's <c>Retry-After</c> asks for more. Default 30 s.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>Retry-After</c> the client is prepared to wait; a longer one ends the call with
    /// <see cref="TableImportRateLimitedException"/>. Default 2 minutes.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long one HTTP attempt may take, the whole response read, before it counts as a timeout (and is retried when
    /// safe). A wait for the client-side rate limit is not part of it. Default 30 s.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A copy, so that a client is not changed by later edits of the options it was built with.</summary>
    internal TableImportClientOptions Clone() => (TableImportClientOptions)MemberwiseClone();

    /// <summary>Checks the settings every call needs; throws <see cref="ArgumentException"/> naming the bad one.</summary>
    internal void Validate()
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("TableImportClientOptions.Endpoint must be an absolute URI.", "options");
        }

        if (MaxQueriesPerMinute <= 0 || MaxMutationsPerMinute <= 0)
        {
            throw new ArgumentException("TableImportClientOptions.MaxQueriesPerMinute and MaxMutationsPerMinute must be positive.", "options");
        }

        if (PageSize <= 0)
        {
            throw new ArgumentException("TableImportClientOptions.PageSize must be positive.", "options");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentException("TableImportClientOptions.MaxRetries must not be negative.", "options");
        }

        if (RetryBaseDelay < TimeSpan.Zero || RetryBaseDelay > TimeSpan.FromDays(1) || MaxRetryDelay < TimeSpan.Zero || MaxRetryDelay > TimeSpan.FromDays(1))
        {
            throw new ArgumentException("TableImportClientOptions.RetryBaseDelay and MaxRetryDelay must be between 0 and 1 day.", "options");
        }

        if (AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentException("TableImportClientOptions.AttemptTimeout must be between 10 ms and 1 day.", "options");
        }
    }

    /// <summary>The settings for people; the API key and the Databricks token show only whether they are set.</summary>
    public override string ToString() =>
        $"Endpoint={Endpoint}, SpaceId={SpaceId ?? "(not set)"}, ApiKey={Redacted(ApiKey)}, DatabricksToken={Redacted(DatabricksToken)}, " +
        $"MaxQueriesPerMinute={MaxQueriesPerMinute}, MaxMutationsPerMinute={MaxMutationsPerMinute}, PageSize={PageSize}, MaxRetries={MaxRetries}";

    private static string Redacted(string? secret) => string.IsNullOrEmpty(secret) ? "(not set)" : "***";
}
