using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace TableImport.SourceGeneration.Tests.Infrastructure;

/// <summary>The target frameworks the generated code must compile for.</summary>
public enum TargetProfile
{
    Net100,
    NetStandard20,
}

internal static class References
{
    // TableImport.dll targets netstandard2.0, so the same file serves both profiles.
    private static readonly MetadataReference TableImport =
        MetadataReference.CreateFromFile(typeof(global::TableImport.TableImportJobDefinition).Assembly.Location);

    public static ImmutableArray<MetadataReference> For(TargetProfile profile) => profile switch
    {
        TargetProfile.NetStandard20 => [.. Basic.Reference.Assemblies.NetStandard20.References.All, TableImport],
        _ => [.. Basic.Reference.Assemblies.Net100.References.All, TableImport],
    };
}
