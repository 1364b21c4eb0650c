extern alias Generator;

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Generator::TableImport.SourceGeneration;
using Generator::TableImport.SourceGeneration.Diagnostics;

namespace TableImport.Benchmarks;

/// <summary>Compilations of the synthetic project, our generator and analyzer, and System.Text.Json's generator.</summary>
internal static class Roslyn
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly ImmutableArray<MetadataReference> References =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(TableImportJobDefinition).Assembly.Location)];

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true);

    public const string AssemblyName = "SyntheticJobs";

    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<(string Path, string Text)> files) =>
        [.. files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path))];

    public static SyntaxTree ParseOne(string path, string text) => CSharpSyntaxTree.ParseText(text, ParseOptions, path: path);

    /// <summary>
    /// A new compilation over already parsed trees: no semantic state of a previous compilation is carried over (the
    /// reference assemblies' metadata is shared, as it is in the compiler server and the IDE).
    /// </summary>
    public static CSharpCompilation Create(ImmutableArray<SyntaxTree> trees) => CSharpCompilation.Create(AssemblyName, trees, References, Options);

    public static GeneratorDriver OurDriver(bool track = false) => CSharpGeneratorDriver.Create(
        [new TableImportGenerator().AsSourceGenerator()],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public static readonly ImmutableArray<DiagnosticAnalyzer> OurAnalyzers = [new TableImportAnalyzer()];

    public static CompilationWithAnalyzers WithOurAnalyzers(Compilation compilation, bool logTime = false) =>
        compilation.WithAnalyzers(
            OurAnalyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: logTime));

    private static readonly Lazy<ISourceGenerator> StjGenerator = new(LoadStjGenerator);

    public static string StjGeneratorPath => FindStjGenerator();

    public static GeneratorDriver StjDriver() => CSharpGeneratorDriver.Create(
        [StjGenerator.Value],
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static ISourceGenerator LoadStjGenerator()
    {
        var reference = new AnalyzerFileReference(FindStjGenerator(), new DefaultLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp);
        return generators.Single(g => g.GetGeneratorType().Name == "JsonSourceGenerator");
    }

    private static string FindStjGenerator()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // .../shared/Microsoft.NETCore.App/10.0.x
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var version = Path.GetFileName(runtime);
        var exact = Path.Combine(packs, version, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        if (File.Exists(exact))
        {
            return exact;
        }

        return Directory.GetFiles(packs, "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
            .Where(p => p.Contains("/10.", StringComparison.Ordinal) && p.Contains("/cs/", StringComparison.Ordinal))
            .OrderByDescending(p => p, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw new FileNotFoundException("System.Text.Json.SourceGeneration.dll not found under " + packs);
    }

    private sealed class DefaultLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
