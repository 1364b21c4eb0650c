using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TableImport.Hosting;

/// <summary>
/// Binds <see cref="TableImportOptions"/> by hand: the reflection-based configuration binder is neither trimming- nor
/// AOT-safe, and a handful of keys do not justify it. Every error names the key.
/// </summary>
internal static class TableImportOptionsBinder
{
    public static void Bind(IConfiguration section, TableImportOptions options)
    {
        if (section["Endpoint"] is { Length: > 0 } endpoint)
        {
            options.Endpoint = Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"TableImport:Endpoint '{endpoint}' is not an absolute URI.");
        }

        options.ApiKey = NonEmpty(section["ApiKey"]) ?? options.ApiKey;
        options.SpaceId = NonEmpty(section["SpaceId"]) ?? options.SpaceId;
        options.DatabricksToken = NonEmpty(section["DatabricksToken"]) ?? options.DatabricksToken;
        if (section["Mode"] is { Length: > 0 } mode)
        {
            options.Mode = Enum.TryParse<RegistrationMode>(mode, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"TableImport:Mode '{mode}' is not one of Reconcile, ValidateOnly, Off.");
        }

        options.FailOnError = Bool(section, "FailOnError", options.FailOnError);
        options.IncludeDeclaredJobs = Bool(section, "IncludeDeclaredJobs", options.IncludeDeclaredJobs);
        if (section["MaxParallelism"] is { Length: > 0 } parallelism)
        {
            options.MaxParallelism = int.TryParse(parallelism, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidOperationException($"TableImport:MaxParallelism '{parallelism}' is not an integer.");
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static bool Bool(IConfiguration section, string key, bool fallback) => section[key] is not { Length: > 0 } text
        ? fallback
        : bool.TryParse(text, out var value)
            ? value
            : throw new InvalidOperationException($"TableImport:{key} '{text}' is not true or false.");
}
