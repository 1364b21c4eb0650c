using Microsoft.Extensions.Options;

namespace TableImport.Hosting;

/// <summary>Checks the options at start-up, so that a missing space id fails fast with the key to set.</summary>
internal sealed class TableImportOptionsValidator : IValidateOptions<TableImportOptions>
{
    public ValidateOptionsResult Validate(string? name, TableImportOptions options)
    {
        if (options.Mode == RegistrationMode.Off)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.Endpoint is null || !options.Endpoint.IsAbsoluteUri || (options.Endpoint.Scheme != Uri.UriSchemeHttp && options.Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("TableImport:Endpoint must be an absolute http(s) URI (environment variable TableImport__Endpoint).");
        }

        if (string.IsNullOrWhiteSpace(options.SpaceId))
        {
            failures.Add("TableImport:SpaceId is required: the space id from the Arize app URL /organizations/:org/spaces/:space_id (environment variable TableImport__SpaceId).");
        }

        // Arize itself always wants a key; an emulator (on loopback, or as a container next to the app) does not.
        if (string.IsNullOrWhiteSpace(options.ApiKey) && options.Endpoint is { IsAbsoluteUri: true } endpoint
            && (endpoint.Host == "arize.com" || endpoint.Host.EndsWith(".arize.com", StringComparison.OrdinalIgnoreCase)))
        {
            failures.Add($"TableImport:ApiKey is required for {options.Endpoint.Host} (environment variable TableImport__ApiKey).");
        }

        if (options.MaxParallelism < 1)
        {
            failures.Add("TableImport:MaxParallelism must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
