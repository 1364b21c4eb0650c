using System.Net;
using System.Net.Sockets;
using System.Text;
using TableImport.Tests.Shared;

namespace TableImport.Cli.Tests.Infrastructure;

/// <summary>
/// The tool as a user gets it: <c>TableImport.Cli</c> packed from source into a local feed, installed with
/// <c>dotnet tool install --tool-path</c> from that feed, and run as the <c>tableimport</c> command. The feed also holds
/// the packed <c>TableImport</c>, for test applications built as a user builds them. Packed and installed once for
/// every test of the collection; the temp folder goes away after.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private readonly string root = Directory.CreateTempSubdirectory("tableimport-cli-").FullName;

    public InstalledTool()
    {
        Feed = Path.Combine(root, "feed");
        Packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        // A packages folder of its own, so no previously cached TableImport.Cli 0.1.0 can stand in for this build's.
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages };
        using (PackLock.Acquire(Timeout))
        {
            foreach (var project in new[] { "TableImport", "TableImport.Cli" })
            {
                // The machine's packages folder for the pack itself (PackLock's remarks); the install gets its own below.
                ChildProcess.RunOk(ChildProcess.DotNet, ["pack", Path.Combine(Repository.Root, "src", project), "-c", "Release", "-o", Feed], new Dictionary<string, string?>(), Timeout, Repository.Root);
            }
        }

        ChildProcess.RunOk(
            ChildProcess.DotNet,
            ["tool", "install", "--tool-path", tools, "--add-source", Feed, "TableImport.Cli", "--version", "0.1.0"],
            environment,
            Timeout,
            root);
        Command = Path.Combine(tools, OperatingSystem.IsWindows() ? "tableimport.exe" : "tableimport");
        Assert.True(File.Exists(Command), "dotnet tool install made no tableimport command in " + tools);
    }

    /// <summary>The installed <c>tableimport</c> launcher.</summary>
    public string Command { get; }

    /// <summary>The local feed with the packed TableImport and TableImport.Cli.</summary>
    public string Feed { get; }

    /// <summary>The NuGet packages folder the tests restore into.</summary>
    public string Packages { get; }

    /// <summary>A fresh folder under this fixture's temp folder.</summary>
    public string NewFolder(string name) => Directory.CreateDirectory(Path.Combine(root, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    /// <summary>Runs <c>tableimport</c> with <paramref name="arguments"/> and only the given TableImport__ settings.</summary>
    public ProcessResult Run(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        ChildProcess.Run(Command, arguments, environment, TimeSpan.FromMinutes(3));

    /// <summary>Starts <c>tableimport emulator --urls http://127.0.0.1:PORT</c> and waits until it says it listens.</summary>
    public RunningEmulator StartEmulator(params string[] arguments)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var process = ChildProcess.Start(Command, ["emulator", "--urls", url, .. arguments], null, root, out var output, out var error);
        var emulator = new RunningEmulator(process, new Uri(url + "/graphql"), output, error);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (!emulator.Said("Table Importer emulator: POST " + url + "/graphql"))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                emulator.Dispose();
                throw new InvalidOperationException($"tableimport emulator did not start:\n{output}\n{error}");
            }

            Thread.Sleep(100);
        }

        return emulator;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A <c>tableimport emulator</c> process, killed when disposed.</summary>
public sealed class RunningEmulator(System.Diagnostics.Process process, Uri endpoint, StringBuilder output, StringBuilder error) : IDisposable
{
    public Uri Endpoint { get; } = endpoint;

    public bool Said(string text)
    {
        lock (output)
        {
            return output.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
        _ = error;
    }
}

[CollectionDefinition(Name)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
