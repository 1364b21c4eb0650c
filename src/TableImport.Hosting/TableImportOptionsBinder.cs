using Microsoft.Extensions.Configuration;
using TableImport.Client;

namespace TableImport.Hosting;

/// <summary>
/// Binds <see cref="TableImportOptions"/> from the <c>TableImport</c> section: the keys it shares with the client
/// (<c>Endpoint</c>, <c>ApiKey</c>, <c>SpaceId</c>, <c>DatabricksToken</c>) through the client's own binder, so both read
/// them with one rule, and hosting's own keys with the same readers. Every error names the key.
/// </summary>
internal static class TableImportOptionsBinder
{
    public static void Bind(IConfiguration section, TableImportOptions options)
    {
        var shared = new TableImportClientOptions
        {
            Endpoint = options.Endpoint,
            ApiKey = options.ApiKey,
            SpaceId = options.SpaceId,
            DatabricksToken = options.DatabricksToken,
        };
        TableImportConfigurationBinder.Bind(section, shared);
        options.Endpoint = shared.Endpoint;
        options.ApiKey = shared.ApiKey;
        options.SpaceId = shared.SpaceId;
        options.DatabricksToken = shared.DatabricksToken;

        options.Mode = TableImportConfigurationBinder.Enum<RegistrationMode>(section, "Mode") ?? options.Mode;
        options.FailOnError = TableImportConfigurationBinder.Bool(section, "FailOnError") ?? options.FailOnError;
        options.IncludeDeclaredJobs = TableImportConfigurationBinder.Bool(section, "IncludeDeclaredJobs") ?? options.IncludeDeclaredJobs;
        options.MaxParallelism = TableImportConfigurationBinder.Int(section, "MaxParallelism") ?? options.MaxParallelism;
    }
}
