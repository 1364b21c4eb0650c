namespace TableImport.Cli;

/// <summary>A problem the user can fix, told in one line (no stack trace), with the exit code to end with.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Error) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>The tool's exit codes; <c>plan</c> follows Terraform's <c>-detailed-exitcode</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>plan</c>: nothing would change.</summary>
    public const int Success = 0;

    /// <summary>An error, a failed job, a broken rule or a missing schema element.</summary>
    public const int Error = 1;

    /// <summary><c>plan</c> only: something would change.</summary>
    public const int Changes = 2;
}
