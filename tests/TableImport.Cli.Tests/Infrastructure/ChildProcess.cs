using System.Diagnostics;
using System.Text;

namespace TableImport.Cli.Tests.Infrastructure;

/// <summary>What a finished process wrote and how it ended.</summary>
public sealed record ProcessResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>Everything it wrote, for assertions that do not care which stream, and for failure messages.</summary>
    public string All => Output + Error;

    public override string ToString() => $"{Command} exited {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs programs as a person at a shell would: no terminal on standard input, a clean build environment.</summary>
internal static class ChildProcess
{
    // The test host runs inside MSBuild's world; a child build or tool inheriting these would use the wrong SDK pieces.
    private static readonly string[] InheritedBuildVariables =
    [
        "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH",
    ];

    /// <summary>The dotnet executable this test runs on.</summary>
    public static string DotNet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessResult Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, string? workingDirectory = null)
    {
        using var process = Start(fileName, arguments, environment, workingDirectory, out var output, out var error);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Describe(fileName, arguments)} took longer than {timeout}:\n{output}\n{error}");
        }

        process.WaitForExit();
        lock (output)
        {
            lock (error)
            {
                return new ProcessResult(Describe(fileName, arguments), process.ExitCode, output.ToString(), error.ToString());
            }
        }
    }

    /// <summary>Like <see cref="Run"/>, and throws with everything the process wrote unless it exited 0.</summary>
    public static ProcessResult RunOk(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, string? workingDirectory = null)
    {
        var result = Run(fileName, arguments, environment, timeout, workingDirectory);
        return result.ExitCode == 0 ? result : throw new InvalidOperationException(result.ToString());
    }

    /// <summary>Starts a long-running process; its output collects into the two builders.</summary>
    public static Process Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment, string? workingDirectory, out StringBuilder output, out StringBuilder error)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedBuildVariables)
        {
            start.Environment.Remove(name);
        }

        // No setting of this machine's environment may stand in for the ones a test gives.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("TableImport__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_ROOT"] = DotNetRoot();
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        output = stdout;
        error = stderr;
        return process;
    }

    /// <summary>The folder of the dotnet that runs this test, so the installed tool's launcher finds the same runtime.</summary>
    private static string DotNetRoot()
    {
        var path = DotNet == "dotnet"
            ? Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator).Select(p => Path.Combine(p, "dotnet")).First(File.Exists)
            : DotNet;
        var resolved = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        return Path.GetDirectoryName(resolved)!;
    }

    private static string Describe(string fileName, IEnumerable<string> arguments) => Path.GetFileName(fileName) + " " + string.Join(" ", arguments);
}
