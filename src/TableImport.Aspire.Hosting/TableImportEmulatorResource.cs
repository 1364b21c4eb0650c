namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The Table Importer API emulator (package <c>TableImport.Emulator</c>) as an executable resource of an app host: a
/// process serving <c>POST /graphql</c> and the page of its spaces, jobs and queries at <c>/</c> on its
/// <see cref="HttpEndpointName"/> endpoint. Added by <c>AddTableImportEmulator</c>, configured by its <c>With...</c>
/// methods; <c>WithReference(emulator)</c> gives another resource <see cref="GraphQLEndpoint"/>, <see cref="SpaceId"/>
/// and <see cref="ApiKey"/> as <c>TableImport__Endpoint</c>, <c>TableImport__SpaceId</c> and <c>TableImport__ApiKey</c>.
/// </summary>
public sealed class TableImportEmulatorResource : ExecutableResource
{
    /// <summary>The name of the emulator's HTTP endpoint.</summary>
    public const string HttpEndpointName = "http";

    /// <summary>The space referencing resources are given until <c>WithSpace</c> names another; the emulator accepts any.</summary>
    public const string DefaultSpaceId = "local";

    private EndpointReference? httpEndpoint;

    internal TableImportEmulatorResource(string name, string command, string workingDirectory)
        : base(name, command, workingDirectory)
    {
    }

    /// <summary>The emulator's HTTP endpoint: its page at <c>/</c>, its API at <c>/graphql</c>.</summary>
    public EndpointReference HttpEndpoint => httpEndpoint ??= new EndpointReference(this, HttpEndpointName);

    /// <summary>The URL of the emulator's GraphQL API, <see cref="HttpEndpoint"/> + <c>/graphql</c>: what <c>TableImport__Endpoint</c> is set to.</summary>
    public ReferenceExpression GraphQLEndpoint => ReferenceExpression.Create($"{HttpEndpoint.Property(EndpointProperty.Url)}/graphql");

    /// <summary>The space id referencing resources are given (<c>TableImport__SpaceId</c>); <see cref="DefaultSpaceId"/> unless <c>WithSpace</c> set one.</summary>
    public string SpaceId { get; internal set; } = DefaultSpaceId;

    /// <summary>The key the emulator requires (<c>x-api-key</c>) and referencing resources are given (<c>TableImport__ApiKey</c>); null when it requires none.</summary>
    public ParameterResource? ApiKey { get; internal set; }

    /// <summary>The full path of the SQLite file the emulator keeps its jobs and queries in (<c>--data-file</c>); null when they are kept in memory.</summary>
    public string? DataFile { get; internal set; }

    /// <summary>The full path of the DuckDB file the emulator stands over as the warehouse (<c>--warehouse</c>); null when it has none.</summary>
    public string? Warehouse { get; internal set; }
}
