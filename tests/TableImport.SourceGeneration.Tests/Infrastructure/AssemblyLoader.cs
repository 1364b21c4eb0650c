using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace TableImport.SourceGeneration.Tests.Infrastructure;

/// <summary>Emits a compilation and loads it, so a test can read the generated definitions as the user's app would.</summary>
internal static class AssemblyLoader
{
    public static Assembly EmitAndLoad(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", result.Diagnostics));
        }

        stream.Position = 0;
        // A collectible context of its own; TableImport.dll resolves to the copy the test already loaded, so the
        // definitions read back are the test's own TableImportJobDefinition type.
        var context = new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(stream);
    }

    public static TableImportJobDefinition ReadJob(Assembly assembly, string typeName)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var property = type.GetProperty("TableImportJob", BindingFlags.Public | BindingFlags.Static)
                       ?? throw new InvalidOperationException(typeName + " has no TableImportJob property.");
        return (TableImportJobDefinition)property.GetValue(null)!;
    }

    public static string ReadColumn(Assembly assembly, string typeName, string member)
    {
        var columns = assembly.GetType(typeName + "+Columns", throwOnError: true)!;
        return (string)columns.GetField(member, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
    }
}
