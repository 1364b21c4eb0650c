using System.CommandLine;

namespace TableImport.Cli.Configuration;

/// <summary>
/// The options every command takes. Configuration is the application's (<c>TableImport__Endpoint</c>,
/// <c>TableImport__SpaceId</c>, <c>TableImport__ApiKey</c> and every other key of the <c>TableImport</c> section);
/// <c>--endpoint</c> and <c>--space</c> override it. The key comes only from the environment or a file: a key on the
/// command line would land in the shell's history.
/// </summary>
internal sealed class CommonOptions
{
    public Option<string?> Endpoint { get; } = new("--endpoint")
    {
        Description = "The Table Importer GraphQL endpoint (default: TableImport__Endpoint, else https://app.arize.com/graphql)",
        HelpName = "URL",
        Recursive = true,
    };

    public Option<string?> Space { get; } = new("--space")
    {
        Description = "The space id (default: TableImport__SpaceId)",
        HelpName = "ID",
        Recursive = true,
    };

    public Option<string?> ApiKeyFile { get; } = new("--api-key-file")
    {
        Description = "A file holding the API key (default: the key in TableImport__ApiKey); the key is never printed",
        HelpName = "PATH",
        Recursive = true,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Log each request, and show the whole exception (never the key) when something fails",
        Recursive = true,
    };

    public IEnumerable<Option> All => [Endpoint, Space, ApiKeyFile, Verbose];
}
