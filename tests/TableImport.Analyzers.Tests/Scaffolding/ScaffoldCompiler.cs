using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TableImport.SourceGeneration;
using TableImport.SourceGeneration.Diagnostics;
using Xunit;

namespace TableImport.Analyzers.Tests.Scaffolding;

/// <summary>
/// Compiles scaffolded files as a user's project would (.NET 10, with the generator and the TI analyzer), asserts that
/// nothing at all is reported, and loads the result to read the jobs the generator wrote.
/// </summary>
internal static class ScaffoldCompiler
{
    private static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(TableImportJobDefinition).Assembly.Location)];

    /// <summary>Every job type of the compiled sources, by its type's full name: its generated <c>TableImportJob</c>.</summary>
    public static IReadOnlyDictionary<string, TableImportJobDefinition> Jobs(bool nullable, params string[] sources)
        => Compile(nullable, sources).GetTypes()
            .Where(t => t.GetProperty("TableImportJob", BindingFlags.Public | BindingFlags.Static) is not null)
            .ToDictionary(t => t.FullName!, t => (TableImportJobDefinition)t.GetProperty("TableImportJob")!.GetValue(null)!);

    /// <summary>The compiled assembly; every warning or error (the analyzer's TI ones too) fails the test, naming the source.</summary>
    public static Assembly Compile(bool nullable, params string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "Scaffolded",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"Scaffolded{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable, warningLevel: 9999));
        CSharpGeneratorDriver.Create([new TableImportGenerator().AsSourceGenerator()], parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var diagnostics = output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TableImportAnalyzer()))
            .GetAllDiagnosticsAsync().GetAwaiter().GetResult()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics) + "\n" + string.Join("\n----\n", sources));

        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("scaffolded-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }
}
