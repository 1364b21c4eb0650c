using Microsoft.Extensions.Logging;

namespace TableImport.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(1, LogLevel.Information, "{Summary}")]
    public static partial void Summary(ILogger logger, string summary);

    [LoggerMessage(2, LogLevel.Information, "Table import registration is off (TableImport:Mode = Off).")]
    public static partial void RegistrationOff(ILogger logger);

    [LoggerMessage(3, LogLevel.Information, "{JobType}: created table import job {JobId}.")]
    public static partial void Created(ILogger logger, string jobType, string jobId);

    [LoggerMessage(4, LogLevel.Information, "{JobType}: updated table import job {JobId} ({Differences}).")]
    public static partial void Updated(ILogger logger, string jobType, string jobId, string differences);

    [LoggerMessage(5, LogLevel.Debug, "{JobType}: table import job {JobId} is as declared.")]
    public static partial void Unchanged(ILogger logger, string jobType, string jobId);

    [LoggerMessage(6, LogLevel.Information, "{JobType}: table import job {JobId} is paused; registration leaves it paused.")]
    public static partial void Paused(ILogger logger, string jobType, string jobId);

    [LoggerMessage(7, LogLevel.Error, "{Message}")]
    public static partial void JobFailed(ILogger logger, string message);

    [LoggerMessage(8, LogLevel.Error, "Table import registration could not list the space's jobs: {Message}")]
    public static partial void ListFailed(ILogger logger, string message);

    [LoggerMessage(9, LogLevel.Warning, "{JobType}: another instance created the same job at the same time; deleted duplicate {Deleted} and kept {Kept}.")]
    public static partial void DuplicateRemoved(ILogger logger, string jobType, string deleted, string kept);

    [LoggerMessage(10, LogLevel.Warning, "{JobType}: the space already holds {Count} jobs of this identity; using the oldest, {JobId}, and leaving the others alone.")]
    public static partial void PreexistingDuplicates(ILogger logger, string jobType, int count, string jobId);

    [LoggerMessage(11, LogLevel.Warning, "{JobType}: the answer to creating its table import job was lost ({Message}); looking for the job in the space before creating it again.")]
    public static partial void CreateOutcomeUnknown(ILogger logger, string jobType, string message);
}
