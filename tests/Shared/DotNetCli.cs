using System.Diagnostics;
using System.Text;

namespace TableImport.Tests.Shared;

/// <summary>
/// Runs the dotnet CLI (or another tool) as a user would, in a clean environment, and writes the nuget.config that takes
/// our packages from a local feed. Linked into every test project and the benchmarks that build a project of their own.
/// </summary>
internal static class DotNetCli
{
    // The test host runs inside MSBuild's world; a child build inheriting these would use the wrong SDK pieces.
    private static readonly string[] InheritedBuildVariables =
    [
        "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "VSTEST_HOST_DEBUG", "DOTNET_HOST_PATH",
    ];

    /// <summary>Runs <c>dotnet</c> with the arguments; throws, with the whole output, on a non-zero exit or a timeout.</summary>
    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
        => RunExecutable(DotNetExecutable(), workingDirectory, environment, timeout, arguments);

    /// <summary>Like <see cref="Run"/> for any executable (git, a compiler wrapper).</summary>
    public static string RunExecutable(string executable, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} {string.Join(" ", arguments)} took longer than {timeout}:\n{output}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(executable)} {string.Join(" ", arguments)} exited {process.ExitCode}:\n{output}");
        }

        return output.ToString();
    }

    /// <summary>A nuget.config that takes <c>TableImport</c> (and, with <paramref name="allOurs"/>, every <c>TableImport.*</c> package) from the feed only, everything else from nuget.org.</summary>
    public static string LocalFeedConfig(string feed, bool allOurs = false) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local"><package pattern="TableImport" />{(allOurs ? "<package pattern=\"TableImport.*\" />" : "")}</packageSource>
            <packageSource key="nuget.org"><package pattern="*" /></packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static string DotNetExecutable()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
