using Microsoft.Extensions.Logging;

namespace TableImport.Emulator;

/// <summary>The emulator's log messages.</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Table Importer emulator listening on {Endpoint} ({Storage}; schema {GraphQLSchema})")]
    public static partial void Listening(ILogger logger, Uri endpoint, string storage, string graphQLSchema);

    [LoggerMessage(2, LogLevel.Information, "Injected fault {Fault} answered a request")]
    public static partial void FaultInjected(ILogger logger, string fault);

    [LoggerMessage(3, LogLevel.Warning, "Request rejected: missing or wrong x-api-key header")]
    public static partial void Unauthorized(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Bad GraphQL-over-HTTP request: {Reason}")]
    public static partial void BadRequest(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Error, "Resolver failed unexpectedly")]
    public static partial void ResolverFailed(ILogger logger, Exception exception);

    [LoggerMessage(6, LogLevel.Error, "Request failed unexpectedly")]
    public static partial void RequestFailed(ILogger logger, Exception exception);
}
