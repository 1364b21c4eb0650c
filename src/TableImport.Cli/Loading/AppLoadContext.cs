using System.Reflection;
using System.Runtime.Loader;

namespace TableImport.Cli.Loading;

/// <summary>
/// Loads a built application with its own dependencies, as its own host would (its <c>.deps.json</c>, through
/// <see cref="AssemblyDependencyResolver"/>), except the <c>TableImport</c> assembly, which it shares with the tool: the
/// app's jobs must be the tool's <see cref="TableImportJobDefinition"/> type, announced to the tool's
/// <see cref="TableImportJobRegistry"/>.
/// </summary>
internal sealed class AppLoadContext(string appPath) : AssemblyLoadContext("tableimport app " + Path.GetFileName(appPath), isCollectible: false)
{
    /// <summary>The assemblies whose types cross from the app to the tool.</summary>
    public static readonly string SharedAssembly = typeof(TableImportJobDefinition).Assembly.GetName().Name!;

    private readonly AssemblyDependencyResolver resolver = new(appPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, SharedAssembly, StringComparison.Ordinal))
        {
            return null;
        }

        return resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
