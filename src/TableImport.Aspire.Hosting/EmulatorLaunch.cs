using System.Runtime.InteropServices;
using Aspire.Hosting.ApplicationModel;
using TableImport.Emulator;

namespace Aspire.Hosting;

/// <summary>
/// How the emulator process is started, with nothing but NuGet packages: this package depends on the
/// <c>TableImport.Emulator</c> package, so this assembly, the emulator's and every assembly they need are in the output
/// folder of the app host (or of the test that builds one), and that folder's <c>.deps.json</c> and
/// <c>.runtimeconfig.json</c> describe them. The resource runs <c>dotnet exec --runtimeconfig HOST.runtimeconfig.json
/// --depsfile HOST.deps.json TableImport.Aspire.Hosting.dll</c> (the way <c>dotnet ef</c> runs its tool against a
/// project's output), whose entry point, <see cref="EmulatorProcess"/>, starts <c>EmulatorServer</c>. No tool install,
/// container or clone of this repository is needed. The key goes in the environment, never on the command line: the
/// orchestrator writes every process's command line to its log.
/// </summary>
internal static class EmulatorLaunch
{
    /// <summary>The <c>dotnet</c> host that runs the app host's runtime.</summary>
    public static string DotNet()
    {
        var executable = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        if (Environment.ProcessPath is { } process && string.Equals(Path.GetFileName(process), executable, StringComparison.OrdinalIgnoreCase))
        {
            return process;
        }

        // The shared runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/, and the host in <root>.
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent?.Parent?.Parent;
        if (root is not null && File.Exists(Path.Combine(root.FullName, executable)))
        {
            return Path.Combine(root.FullName, executable);
        }

        return executable;
    }

    /// <summary>The arguments of <c>dotnet</c>: <c>exec</c> the emulator with this process's dependencies, then its own options.</summary>
    public static void AddArguments(CommandLineArgsCallbackContext context, TableImportEmulatorResource emulator)
    {
        var (depsFile, runtimeConfig) = HostFiles();
        context.Args.Add("exec");
        context.Args.Add("--runtimeconfig");
        context.Args.Add(runtimeConfig);
        context.Args.Add("--depsfile");
        context.Args.Add(depsFile);
        context.Args.Add(EntryAssembly());
        context.Args.Add("--urls");
        context.Args.Add(ReferenceExpression.Create($"http://localhost:{emulator.HttpEndpoint.Property(EndpointProperty.TargetPort)}"));
        if (emulator.DataFile is { } dataFile)
        {
            // SQLite creates the file, not its folder (the default one is .tableimport/ beside the app host).
            Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
            context.Args.Add("--data-file");
            context.Args.Add(dataFile);
        }

        if (emulator.Warehouse is { } warehouse)
        {
            context.Args.Add("--warehouse");
            context.Args.Add(warehouse);
        }
    }

    /// <summary>The emulator's environment: the key, when it requires one (a secret parameter: the dashboard masks it).</summary>
    public static void AddEnvironment(EnvironmentCallbackContext context, TableImportEmulatorResource emulator)
    {
        if (emulator.ApiKey is { } apiKey)
        {
            context.EnvironmentVariables[EmulatorProcess.ApiKeyVariable] = apiKey;
        }
    }

    private static string EntryAssembly()
    {
        foreach (var assembly in new[] { typeof(EmulatorLaunch).Assembly, typeof(EmulatorServer).Assembly })
        {
            if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(assembly.Location))
            {
                throw new DistributedApplicationException(
                    $"The {assembly.GetName().Name} assembly has no file (a single-file app host?); the emulator resource runs it from the app host's output folder.");
            }
        }

        return typeof(EmulatorLaunch).Assembly.Location;
    }

    /// <summary>This process's <c>.deps.json</c> and <c>.runtimeconfig.json</c>, which name the emulator and its dependencies.</summary>
    private static (string DepsFile, string RuntimeConfig) HostFiles()
    {
        var depsFile = (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string)?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (string.IsNullOrEmpty(depsFile) || !File.Exists(depsFile) || !depsFile.EndsWith(".deps.json", StringComparison.OrdinalIgnoreCase))
        {
            throw new DistributedApplicationException(
                $"The app host's .deps.json was not found (APP_CONTEXT_DEPS_FILES is '{AppContext.GetData("APP_CONTEXT_DEPS_FILES")}'); the emulator resource runs TableImport.Emulator with it.");
        }

        var runtimeConfig = depsFile[..^".deps.json".Length] + ".runtimeconfig.json";
        if (!File.Exists(runtimeConfig))
        {
            throw new DistributedApplicationException($"The app host's {Path.GetFileName(runtimeConfig)} was not found beside {depsFile}.");
        }

        return (depsFile, runtimeConfig);
    }
}
