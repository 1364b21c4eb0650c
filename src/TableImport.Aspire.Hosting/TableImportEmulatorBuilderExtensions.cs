using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

/// <summary>
/// The Table Importer API emulator in an app host, for local development: like Azurite's <c>RunAsEmulator</c>, it is a
/// stand-in that runs only with <c>dotnet run</c> (or a test) and leaves nothing in publish mode.
/// </summary>
/// <example>
/// <code>
/// var arize = builder.AddTableImportEmulator("arize").WithWarehouse("warehouse.duckdb").WithDataFile("jobs.db");
/// builder.AddProject&lt;Projects.MyApp&gt;("app").WithReference(arize).WaitFor(arize);
/// </code>
/// </example>
public static class TableImportEmulatorBuilderExtensions
{
    /// <summary>The configuration section <c>AddTableImport</c> reads in the sample and the README: <c>TableImport__Endpoint</c>, ...</summary>
    public const string DefaultConfigurationSection = "TableImport";

    /// <summary>
    /// Adds the emulator as an executable resource: an HTTP endpoint with the emulator's page (the dashboard links to it)
    /// and its API at <c>/graphql</c>, and a health check that the API answers, so <c>WaitFor(emulator)</c> waits for it.
    /// Jobs are kept in memory unless <see cref="WithDataFile"/> names a file. In publish mode the resource is left out of
    /// the manifest and configures nothing.
    /// </summary>
    /// <param name="builder">The app host's builder.</param>
    /// <param name="name">The resource's name.</param>
    /// <param name="port">The host port of the endpoint; a free one when null.</param>
    public static IResourceBuilder<TableImportEmulatorResource> AddTableImportEmulator(this IDistributedApplicationBuilder builder, [ResourceName] string name, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);

        var resource = new TableImportEmulatorResource(name, EmulatorLaunch.DotNet(), builder.AppHostDirectory);
        var emulator = builder.AddResource(resource).ExcludeFromManifest();
        if (builder.ExecutionContext.IsPublishMode)
        {
            return emulator;
        }

        var healthCheck = $"{name}_tableimport_api";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheck, _ => new TableImportEmulatorHealthCheck(resource), failureStatus: null, tags: null));

        return emulator
            .WithHttpEndpoint(port: port, name: TableImportEmulatorResource.HttpEndpointName)
            .WithArgs(context => EmulatorLaunch.AddArguments(context, resource))
            .WithEnvironment(context => EmulatorLaunch.AddEnvironment(context, resource))
            .WithUrlForEndpoint(TableImportEmulatorResource.HttpEndpointName, url => url.DisplayText = "Jobs and queries")
            .WithUrls(context =>
            {
                var endpoint = context.GetEndpoint(TableImportEmulatorResource.HttpEndpointName);
                if (endpoint is { IsAllocated: true })
                {
                    context.Urls.Add(new ResourceUrlAnnotation
                    {
                        Url = endpoint.Url.TrimEnd('/') + "/graphql",
                        DisplayText = "GraphQL API (POST)",
                        Endpoint = endpoint,
                        DisplayLocation = UrlDisplayLocation.DetailsOnly,
                    });
                }
            })
            .WithHealthCheck(healthCheck);
    }

    /// <summary>
    /// The emulator stands over this DuckDB file as the warehouse (<c>--warehouse</c>): a dry run or a create checks the
    /// job's table and columns, and a run counts the rows in its window. A relative path is relative to the app host's folder.
    /// </summary>
    public static IResourceBuilder<TableImportEmulatorResource> WithWarehouse(this IResourceBuilder<TableImportEmulatorResource> builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(path);

        builder.Resource.Warehouse = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }

    /// <summary>
    /// The emulator keeps its jobs and queries in this SQLite file (<c>--data-file</c>), so they survive a restart of the
    /// app host. A relative path is relative to the app host's folder; without one, <c>.tableimport/NAME.db</c> there.
    /// </summary>
    public static IResourceBuilder<TableImportEmulatorResource> WithDataFile(this IResourceBuilder<TableImportEmulatorResource> builder, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(builder);

        path ??= Path.Combine(".tableimport", builder.Resource.Name + ".db");
        builder.Resource.DataFile = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }

    /// <summary>
    /// The emulator requires this key on every <c>POST /graphql</c> (as <c>--api-key</c> does: <c>x-api-key</c>, HTTP 401
    /// without it), and referencing resources are given it as <c>TableImport__ApiKey</c>. Without a parameter, a random
    /// key is generated (a secret parameter named <c>NAME-api-key</c>). It reaches every process in its environment, never
    /// on a command line, so it is in no log; the dashboard shows it masked.
    /// </summary>
    public static IResourceBuilder<TableImportEmulatorResource> WithApiKey(this IResourceBuilder<TableImportEmulatorResource> builder, IResourceBuilder<ParameterResource>? apiKey = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            return builder;
        }

        builder.Resource.ApiKey = apiKey?.Resource
            ?? ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder.ApplicationBuilder, builder.Resource.Name + "-api-key", special: false);
        return builder;
    }

    /// <summary>
    /// The space id referencing resources are given as <c>TableImport__SpaceId</c> (default
    /// <see cref="TableImportEmulatorResource.DefaultSpaceId"/>). The emulator accepts any space and creates it on first use.
    /// </summary>
    public static IResourceBuilder<TableImportEmulatorResource> WithSpace(this IResourceBuilder<TableImportEmulatorResource> builder, string spaceId)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(spaceId);

        builder.Resource.SpaceId = spaceId;
        return builder;
    }

    /// <summary>
    /// Gives <paramref name="builder"/>'s resource what <c>AddTableImport(configuration.GetSection("TableImport"))</c>
    /// needs to register its jobs with the emulator: <c>TableImport__Endpoint</c> (the emulator's GraphQL URL),
    /// <c>TableImport__SpaceId</c> and, with <see cref="WithApiKey"/>, <c>TableImport__ApiKey</c>. Add
    /// <c>WaitFor(emulator)</c> to start the resource once the API answers. Nothing in publish mode: a deployed app is
    /// configured for Arize itself.
    /// </summary>
    public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<TableImportEmulatorResource> emulator)
        where TDestination : IResourceWithEnvironment
        => builder.WithReference(emulator, DefaultConfigurationSection);

    /// <summary>
    /// Like <see cref="WithReference{TDestination}(IResourceBuilder{TDestination}, IResourceBuilder{TableImportEmulatorResource})"/>,
    /// for an app that binds another configuration section (<c>Arize:TableImport</c> gives <c>Arize__TableImport__Endpoint</c>, ...).
    /// </summary>
    public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<TableImportEmulatorResource> emulator, string configurationSection)
        where TDestination : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(configurationSection);
        if (builder.ApplicationBuilder.ExecutionContext.IsPublishMode)
        {
            return builder;
        }

        var prefix = configurationSection.Replace(":", "__", StringComparison.Ordinal) + "__";
        var resource = emulator.Resource;
        return builder
            .WithReferenceRelationship(resource)
            .WithEnvironment(context =>
            {
                // Read when the resource starts, so WithSpace and WithApiKey may come after WithReference.
                context.EnvironmentVariables[prefix + "Endpoint"] = resource.GraphQLEndpoint;
                context.EnvironmentVariables[prefix + "SpaceId"] = resource.SpaceId;
                if (resource.ApiKey is { } apiKey)
                {
                    context.EnvironmentVariables[prefix + "ApiKey"] = apiKey;
                }
            });
    }
}
