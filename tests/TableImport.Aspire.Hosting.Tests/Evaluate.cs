using System.Runtime.ExceptionServices;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace TableImport.Aspire.Hosting.Tests;

/// <summary>A resource's command-line arguments and environment as the orchestrator would compute them at its start.</summary>
internal static class Evaluate
{
    public static async Task<List<string>> ArgumentsAsync(IResource resource)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithArgumentsConfig()
            .BuildAsync(Context(DistributedApplicationOperation.Run), NullLogger.Instance, CancellationToken.None);
        Rethrow(configuration.Exception);
        return configuration.Arguments.Select(a => a.Value).ToList();
    }

    public static async Task<Dictionary<string, string>> EnvironmentAsync(IResource resource, DistributedApplicationOperation operation = DistributedApplicationOperation.Run)
    {
        var configuration = await ExecutionConfigurationBuilder.Create(resource)
            .WithEnvironmentVariablesConfig()
            .BuildAsync(Context(operation), NullLogger.Instance, CancellationToken.None);
        Rethrow(configuration.Exception);
        return configuration.EnvironmentVariables.ToDictionary();
    }

    private static DistributedApplicationExecutionContext Context(DistributedApplicationOperation operation) =>
        new(new DistributedApplicationExecutionContextOptions(operation));

    private static void Rethrow(Exception? exception)
    {
        if (exception is not null)
        {
            ExceptionDispatchInfo.Throw(exception);
        }
    }
}
