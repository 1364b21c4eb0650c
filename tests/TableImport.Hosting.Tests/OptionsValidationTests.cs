using Microsoft.Extensions.Configuration;
namespace TableImport.Hosting.Tests;

public sealed class OptionsValidationTests
{
    private static string? Failure(Action<TableImportOptions> configure)
    {
        var options = new TableImportOptions { SpaceId = "space" };
        configure(options);
        var result = new TableImportOptionsValidator().Validate(null, options);
        return result.Failed ? result.FailureMessage : null;
    }

    [Fact]
    public void Arize_without_an_api_key_fails_naming_the_environment_variable()
        => Assert.Contains("TableImport__ApiKey", Failure(o => o.Endpoint = new Uri("https://app.arize.com/graphql")));

    [Fact]
    public void An_emulator_elsewhere_than_loopback_needs_no_key()
        => Assert.Null(Failure(o => o.Endpoint = new Uri("http://emulator:5080/graphql")));

    [Fact]
    public void A_missing_space_id_fails_naming_the_setting()
        => Assert.Contains("TableImport__SpaceId", Failure(o => { o.SpaceId = " "; o.ApiKey = "k"; }));

    [Fact]
    public void Off_needs_nothing()
        => Assert.Null(Failure(o => { o.Mode = RegistrationMode.Off; o.SpaceId = null; }));

    [Fact]
    public void A_bad_mode_in_configuration_names_the_key_and_the_choices()
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["TableImport:Mode"] = "Sometimes" }).Build().GetSection("TableImport");
        var error = Assert.Throws<InvalidOperationException>(() => TableImportOptionsBinder.Bind(section, new TableImportOptions()));
        Assert.Contains("TableImport:Mode 'Sometimes'", error.Message);
        Assert.Contains("ValidateOnly", error.Message);
    }

    [Fact]
    public void ToString_never_shows_the_key()
        => Assert.DoesNotContain("s3cr3t", new TableImportOptions { ApiKey = "s3cr3t" }.ToString());
}
