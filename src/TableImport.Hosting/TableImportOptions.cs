namespace TableImport.Hosting;

/// <summary>What start-up registration does with the application's jobs.</summary>
public enum RegistrationMode
{
    /// <summary>Create missing jobs and update changed ones (the default). Never deletes a job of the space.</summary>
    Reconcile,

    /// <summary>Dry-run every job and report; write nothing.</summary>
    ValidateOnly,

    /// <summary>Do nothing at start-up.</summary>
    Off,
}

/// <summary>Settings of <c>AddTableImport</c>, bound from the <c>TableImport</c> configuration section.</summary>
public sealed class TableImportOptions
{
    /// <summary>The GraphQL endpoint; Arize's by default. Point it at the emulator for local runs.</summary>
    public Uri Endpoint { get; set; } = new(Client.TableImportClientOptions.DefaultEndpoint);

    /// <summary>The Arize API key (sent as <c>x-api-key</c>). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The space the jobs belong to (from the app URL <c>/organizations/:org/spaces/:space_id</c>).</summary>
    public string? SpaceId { get; set; }

    /// <summary>The token sent with Databricks table configs. Never logged.</summary>
    public string? DatabricksToken { get; set; }

    /// <summary>What registration does; <see cref="RegistrationMode.Reconcile"/> by default.</summary>
    public RegistrationMode Mode { get; set; } = RegistrationMode.Reconcile;

    /// <summary>When true, a job that fails to register stops start-up with an exception; otherwise the health check reports Degraded.</summary>
    public bool FailOnError { get; set; }

    /// <summary>How many jobs are dry-run, created or updated at once.</summary>
    public int MaxParallelism { get; set; } = 4;

    /// <summary>When true (the default), the jobs the application's own assembly declares are registered with no further line.</summary>
    public bool IncludeDeclaredJobs { get; set; } = true;

    /// <inheritdoc/>
    public override string ToString() =>
        $"Endpoint={Endpoint}, SpaceId={SpaceId ?? "(not set)"}, ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, Mode={Mode}, FailOnError={FailOnError}, MaxParallelism={MaxParallelism}";
}
