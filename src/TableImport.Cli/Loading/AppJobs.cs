using System.Reflection;
using System.Runtime.CompilerServices;

namespace TableImport.Cli.Loading;

/// <summary>
/// The jobs a built application declares, read the way its start-up registration reads them: the generated module
/// initializer announces them to <see cref="TableImportJobRegistry"/> (or, for an assembly compiled without module
/// initializers, <c>TableImport.Generated.TableImportJobs.All</c> lists them).
/// </summary>
internal static class AppJobs
{
    private const string GeneratedJobs = "TableImport.Generated.TableImportJobs";

    /// <summary>Loads <paramref name="path"/> and returns its jobs, or a one-line <see cref="CliException"/> saying why not.</summary>
    public static IReadOnlyList<TableImportJobDefinition> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CliException($"No such file: '{path}'. Pass the application's built assembly, e.g. --assembly bin/Release/net10.0/MyApp.dll.");
        }

        AssemblyName name;
        try
        {
            name = AssemblyName.GetAssemblyName(full);
        }
        catch (BadImageFormatException)
        {
            throw new CliException($"'{path}' is not a .NET assembly. Pass the application's built .dll (not its native launcher).");
        }

        var assembly = new AppLoadContext(full).LoadFromAssemblyPath(full);
        var referenced = assembly.GetReferencedAssemblies().FirstOrDefault(r => r.Name == AppLoadContext.SharedAssembly);
        if (referenced is null)
        {
            throw new CliException($"'{name.Name}' does not reference TableImport, so it declares no table-import jobs.");
        }

        var tool = typeof(TableImportJobDefinition).Assembly.GetName().Version!;
        if (referenced.Version is { } built && new Version(built.Major, built.Minor) > new Version(tool.Major, tool.Minor))
        {
            throw new CliException(
                $"'{name.Name}' was built with TableImport {built.ToString(3)}, newer than the TableImport {tool.ToString(3)} this tool reads. Update the tool: dotnet tool update -g TableImport.Cli.");
        }

        IReadOnlyList<TableImportJobDefinition> jobs;
        try
        {
            // This very assembly's generated list first: the registry is keyed by simple name, so in a process that loads
            // two builds of one application it would answer the first build's jobs for the second.
            if (assembly.GetType(GeneratedJobs)?.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is IEnumerable<TableImportJobDefinition> all)
            {
                jobs = all.ToArray();
            }
            else
            {
                // The generated module initializer announces the jobs; run it now (the runtime runs it at most once).
                RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
                jobs = TableImportJobRegistry.ForAssembly(name.Name!);
            }
        }
        catch (Exception ex) when (ex is TypeInitializationException or TargetInvocationException or FileNotFoundException or FileLoadException or TypeLoadException or MissingMemberException)
        {
            var inner = ex is TypeInitializationException or TargetInvocationException && ex.InnerException is { } cause ? cause : ex;
            throw new CliException(
                $"Could not read the jobs of '{name.Name}': {inner.GetType().Name}: {inner.Message} (was it built with a TableImport version this tool ({tool.ToString(3)}) cannot read?)");
        }

        if (jobs.Count == 0)
        {
            throw new CliException($"'{name.Name}' declares no table-import jobs: no [TableImportJob] type was compiled into it by the TableImport generator.");
        }

        return jobs;
    }
}
