using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace TableImport.Client;

/// <summary>
/// The one binder of the <c>TableImport</c> configuration section: the client (<c>AddTableImportClient</c>), hosting
/// (<c>AddTableImport</c>, which binds its own keys on top with the readers below) and the command-line tool all read the
/// section through it, so one key can never mean two things. Written by hand: the reflection-based configuration binder
/// is neither trimming- nor AOT-safe.
/// </summary>
/// <remarks>
/// One rule for every key: a key that is missing or empty is not set, and the value already there stays (an empty
/// <c>TableImport__ApiKey</c> in the environment does not wipe a key set in code). A value that cannot be read is an
/// <see cref="InvalidOperationException"/> naming the key by its full path, e.g. <c>TableImport:PageSize</c>.
/// <para>Public for the other TableImport packages, which bind the same section with it; not meant to be called from an application.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TableImportConfigurationBinder
{
    /// <summary>Binds every key the client has to <paramref name="options"/>.</summary>
    public static void Bind(IConfiguration section, TableImportClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        options.Endpoint = Uri(section, "Endpoint") ?? options.Endpoint;
        options.ApiKey = String(section, "ApiKey") ?? options.ApiKey;
        options.SpaceId = String(section, "SpaceId") ?? options.SpaceId;
        options.DatabricksToken = String(section, "DatabricksToken") ?? options.DatabricksToken;
        options.MaxQueriesPerMinute = Int(section, "MaxQueriesPerMinute") ?? options.MaxQueriesPerMinute;
        options.MaxMutationsPerMinute = Int(section, "MaxMutationsPerMinute") ?? options.MaxMutationsPerMinute;
        options.PageSize = Int(section, "PageSize") ?? options.PageSize;
        options.MaxRetries = Int(section, "MaxRetries") ?? options.MaxRetries;
        options.RetryBaseDelay = Time(section, "RetryBaseDelay") ?? options.RetryBaseDelay;
        options.MaxRetryDelay = Time(section, "MaxRetryDelay") ?? options.MaxRetryDelay;
        options.MaxRetryAfter = Time(section, "MaxRetryAfter") ?? options.MaxRetryAfter;
        options.AttemptTimeout = Time(section, "AttemptTimeout") ?? options.AttemptTimeout;
    }

    /// <summary>The key's text, or null when it is missing or empty.</summary>
    public static string? String(IConfiguration section, string key) => section[key] is { Length: > 0 } text ? text : null;

    /// <summary>An absolute URI, or null when the key is not set.</summary>
    public static Uri? Uri(IConfiguration section, string key) => String(section, key) is not { } text
        ? null
        : System.Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw Invalid(section, key, text, "is not an absolute URI");

    /// <summary>An integer, or null when the key is not set.</summary>
    public static int? Int(IConfiguration section, string key) => String(section, key) is not { } text
        ? null
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(section, key, text, "is not an integer");

    /// <summary><c>true</c> or <c>false</c> (any case), or null when the key is not set.</summary>
    public static bool? Bool(IConfiguration section, string key) => String(section, key) is not { } text
        ? null
        : bool.TryParse(text, out var value) ? value : throw Invalid(section, key, text, "is not true or false");

    /// <summary>A time span written <c>hh:mm:ss</c> (or <c>d.hh:mm:ss.fff</c>), or null when the key is not set.</summary>
    public static TimeSpan? Time(IConfiguration section, string key) => String(section, key) is not { } text
        ? null
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(section, key, text, "is not a time span (hh:mm:ss)");

    /// <summary>A value of <typeparamref name="T"/> by name (any case), or null when the key is not set.</summary>
    public static T? Enum<T>(IConfiguration section, string key)
        where T : struct, Enum => String(section, key) is not { } text
        ? null
        : System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Invalid(section, key, text, "is not one of " + string.Join(", ", System.Enum.GetNames<T>()));

    /// <summary>The key's full path for messages, e.g. <c>TableImport:PageSize</c>.</summary>
    public static string PathOf(IConfiguration section, string key) =>
        section is IConfigurationSection { Path.Length: > 0 } named ? named.Path + ":" + key : key;

    private static InvalidOperationException Invalid(IConfiguration section, string key, string text, string problem) =>
        new($"{PathOf(section, key)} '{text}' {problem}.");
}
