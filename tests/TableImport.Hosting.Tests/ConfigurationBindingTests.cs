using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TableImport.Client;

namespace TableImport.Hosting.Tests;

/// <summary>
/// One binder reads the <c>TableImport</c> section for the client and for hosting: the same configuration yields the same
/// client, whichever registration an application uses, with one rule for empty values and errors that name the key.
/// </summary>
public sealed class ConfigurationBindingTests
{
    private static readonly Dictionary<string, string?> Everything = new()
    {
        ["TableImport:Endpoint"] = "http://127.0.0.1:5999/graphql",
        ["TableImport:ApiKey"] = "key-1",
        ["TableImport:SpaceId"] = "space-1",
        ["TableImport:DatabricksToken"] = "dapi-1",
        ["TableImport:MaxQueriesPerMinute"] = "11",
        ["TableImport:MaxMutationsPerMinute"] = "22",
        ["TableImport:PageSize"] = "7",
        ["TableImport:MaxRetries"] = "5",
        ["TableImport:RetryBaseDelay"] = "00:00:00.250",
        ["TableImport:MaxRetryDelay"] = "00:00:09",
        ["TableImport:MaxRetryAfter"] = "00:01:30",
        ["TableImport:AttemptTimeout"] = "00:00:12",
    };

    [Fact]
    public void Every_key_reaches_the_client_the_same_way_through_AddTableImportClient_and_AddTableImport()
    {
        var direct = Settings(ClientOf(Everything, (s, c) => s.AddTableImportClient(c)));
        var hosted = Settings(ClientOf(Everything, (s, c) => s.AddTableImport(c)));

        Assert.Equal(direct, hosted);
        Assert.Equal(
            "http://127.0.0.1:5999/graphql|key-1|space-1|dapi-1|11|22|7|5|00:00:00.2500000|00:00:09|00:01:30|00:00:12",
            direct);
    }

    [Fact]
    public void An_empty_value_counts_as_not_set_on_both_paths()
    {
        // Hosting validates that a space and, for Arize itself, a key are set; those two stay, every other key is empty.
        var empty = Everything.ToDictionary(p => p.Key, p => p.Key is "TableImport:SpaceId" or "TableImport:Endpoint" ? p.Value : "");

        var direct = Settings(ClientOf(empty, (s, c) => s.AddTableImportClient(c)));
        var hosted = Settings(ClientOf(empty, (s, c) => s.AddTableImport(c)));

        Assert.Equal(direct, hosted);
        var defaults = new TableImportClientOptions { Endpoint = new Uri("http://127.0.0.1:5999/graphql"), SpaceId = "space-1" };
        Assert.Equal(Settings(defaults), direct);
        Assert.Null(ClientOf(empty, (s, c) => s.AddTableImport(c)).ApiKey);
    }

    [Fact]
    public void An_empty_value_leaves_what_code_set()
    {
        var section = Section(new Dictionary<string, string?> { ["TableImport:ApiKey"] = "", ["TableImport:PageSize"] = "" });
        var services = new ServiceCollection();
        services.AddTableImportClient(o => { o.ApiKey = "from-code"; o.PageSize = 3; });
        services.AddTableImportClient(section);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<TableImportClient>().Options;

        Assert.Equal("from-code", options.ApiKey);
        Assert.Equal(3, options.PageSize);
    }

    [Theory]
    [InlineData("PageSize", "many", "TableImport:PageSize 'many' is not an integer.")]
    [InlineData("Endpoint", "not a uri", "TableImport:Endpoint 'not a uri' is not an absolute URI.")]
    [InlineData("AttemptTimeout", "soon", "TableImport:AttemptTimeout 'soon' is not a time span (hh:mm:ss).")]
    public void A_value_that_cannot_be_read_fails_naming_its_key_on_both_paths(string key, string value, string message)
    {
        var settings = new Dictionary<string, string?> { ["TableImport:SpaceId"] = "s", ["TableImport:" + key] = value };

        var direct = Assert.Throws<InvalidOperationException>(() => ClientOf(settings, (s, c) => s.AddTableImportClient(c)));
        var hosted = Assert.Throws<InvalidOperationException>(() => ClientOf(settings, (s, c) => s.AddTableImport(c)));

        Assert.Equal(message, direct.Message);
        Assert.Equal(message, hosted.Message);
    }

    private static TableImportClientOptions ClientOf(Dictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var services = new ServiceCollection();
        register(services, Section(settings));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<TableImportClient>().Options;
    }

    private static IConfigurationSection Section(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("TableImport");

    private static string Settings(TableImportClientOptions o) => string.Join('|',
        o.Endpoint, o.ApiKey, o.SpaceId, o.DatabricksToken, o.MaxQueriesPerMinute, o.MaxMutationsPerMinute, o.PageSize, o.MaxRetries,
        o.RetryBaseDelay, o.MaxRetryDelay, o.MaxRetryAfter, o.AttemptTimeout);
}
