using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TableImport.Client;
using TableImport.Hosting;
using TableImport.Hosting.Registration;

namespace TableImport.Cli.Configuration;

/// <summary>
/// One command's services, wired exactly as an application wires them: the <c>TableImport</c> section of the
/// environment (with <c>--endpoint</c>, <c>--space</c> and <c>--api-key-file</c> laid over it) handed to
/// <c>AddTableImport</c>, so the tool's client and registrar are the application's, bound by the one binder and checked
/// by the one options validator.
/// </summary>
internal sealed class CliContext : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private CliContext(ServiceProvider services, CliConsole console, string? apiKey, bool verbose, string keySource)
    {
        this.services = services;
        Console = console;
        ApiKey = apiKey;
        Verbose = verbose;
        KeySource = keySource;
    }

    public CliConsole Console { get; }

    public bool Verbose { get; }

    /// <summary>Where the key came from, for people: never the key itself.</summary>
    public string KeySource { get; }

    private string? ApiKey { get; }

    /// <summary>The registration's settings (endpoint, space, key), validated as at an application's start.</summary>
    /// <exception cref="CliException">A setting is missing or wrong; the message names the variable or option to set.</exception>
    public TableImportOptions Options
    {
        get
        {
            try
            {
                return services.GetRequiredService<IOptions<TableImportOptions>>().Value;
            }
            catch (OptionsValidationException ex)
            {
                throw new CliException("Configuration is incomplete: " + string.Join(" ", ex.Failures) + " (--endpoint and --space set them too; the key also comes from --api-key-file.)");
            }
            catch (InvalidOperationException ex)
            {
                // The binder names the key whose value cannot be read.
                throw new CliException("Configuration is wrong: " + ex.Message);
            }
        }
    }

    public TableImportClient Client
    {
        get
        {
            _ = Options;
            return services.GetRequiredService<TableImportClient>();
        }
    }

    public TableImportRegistrar Registrar
    {
        get
        {
            _ = Options;
            return services.GetRequiredService<TableImportRegistrar>();
        }
    }

    /// <summary>Builds the context for one command; reads the key file, if one is named.</summary>
    public static CliContext Create(ParseResult parse, CommonOptions common, CliConsole console, IDictionary<string, string?>? settings = null)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            // The tool runs registration when asked to: whatever Mode the application's environment sets for its start-up.
            ["TableImport:Mode"] = nameof(RegistrationMode.Reconcile),
        };
        if (parse.GetValue(common.Endpoint) is { Length: > 0 } endpoint)
        {
            overrides["TableImport:Endpoint"] = endpoint;
        }

        if (parse.GetValue(common.Space) is { Length: > 0 } space)
        {
            overrides["TableImport:SpaceId"] = space;
        }

        var keySource = "TableImport__ApiKey";
        if (parse.GetValue(common.ApiKeyFile) is { Length: > 0 } keyFile)
        {
            overrides["TableImport:ApiKey"] = ReadKeyFile(keyFile);
            keySource = "--api-key-file " + keyFile;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var section = configuration.GetSection("TableImport");
        var apiKey = section["ApiKey"];
        var verbose = parse.GetValue(common.Verbose);

        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning)
            .AddFilter("System.Net.Http", verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning)
            // A failed call ends the command with its own error line; the client's warning would say it twice.
            .AddFilter("TableImport.Client", verbose ? LogLevel.Debug : LogLevel.Error)
            .AddProvider(new CliLoggerProvider(console.Error, apiKey)));
        collection.AddTableImport(section);
        return new CliContext(collection.BuildServiceProvider(), console, string.IsNullOrEmpty(apiKey) ? null : apiKey, verbose, string.IsNullOrEmpty(apiKey) ? "not set" : keySource);
    }

    /// <summary>Whether a key is configured (the doctor says so; it never says which).</summary>
    public bool HasApiKey => ApiKey is not null;

    /// <summary>The key, for the doctor's own requests. Never to be printed.</summary>
    public string? ApiKeyForRequests => ApiKey;

    /// <summary>Anything printed passes through here: a server or an exception that echoes the key shows <c>***</c>.</summary>
    public string Redact(string text) => ApiKey is null ? text : text.Replace(ApiKey, "***", StringComparison.Ordinal);

    public ValueTask DisposeAsync() => services.DisposeAsync();

    private static string ReadKeyFile(string path)
    {
        try
        {
            var key = File.ReadAllText(path).Trim();
            return key.Length > 0 ? key : throw new CliException($"The API key file '{path}' is empty.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"Cannot read the API key file '{path}': {ex.Message}");
        }
    }
}
