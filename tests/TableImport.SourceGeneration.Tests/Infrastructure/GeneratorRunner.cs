using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TableImport.SourceGeneration.Tests.Infrastructure;

/// <summary>How a user's project is set up: the generated code must compile in each.</summary>
public sealed record ProjectSetup(TargetProfile Profile, LanguageVersion LanguageVersion, NullableContextOptions Nullable)
{
    public static readonly ProjectSetup Net100NullableEnabled = new(TargetProfile.Net100, LanguageVersion.Latest, NullableContextOptions.Enable);
    public static readonly ProjectSetup Net100NullableDisabled = new(TargetProfile.Net100, LanguageVersion.Latest, NullableContextOptions.Disable);
    public static readonly ProjectSetup NetStandard20CSharp73 = new(TargetProfile.NetStandard20, LanguageVersion.CSharp7_3, NullableContextOptions.Disable);

    // Documentation diagnostics on, as in a project with GenerateDocumentationFile: missing XML docs would be CS1591.
    public CSharpParseOptions ParseOptions => new(LanguageVersion, DocumentationMode.Diagnose);
}

/// <summary>Runs the real generator through <see cref="CSharpGeneratorDriver"/> on real source.</summary>
internal static class GeneratorRunner
{
    public const string AssemblyName = "TestJobs";

    public static CSharpCompilation CreateCompilation(ProjectSetup setup, params string[] sources)
        => CreateCompilation(setup, AssemblyName, sources);

    public static CSharpCompilation CreateCompilation(ProjectSetup setup, string assemblyName, string[] sources)
        => CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, setup.ParseOptions, path: $"Source{i}.cs")),
            References.For(setup.Profile),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: setup.Nullable,
                // Every warning wave, as the newest SDK would report.
                warningLevel: 9999));

    public static GeneratorDriver CreateDriver(ProjectSetup setup)
        => CSharpGeneratorDriver.Create(
            [new TableImportGenerator().AsSourceGenerator()],
            parseOptions: setup.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the run result and the compilation with the generated files.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(ProjectSetup setup, params string[] sources)
        => Run(setup, AssemblyName, sources);

    public static (GeneratorDriverRunResult Result, Compilation Output, GeneratorDriver Driver) Run(ProjectSetup setup, string assemblyName, string[] sources)
    {
        var compilation = CreateCompilation(setup, assemblyName, sources);
        var driver = CreateDriver(setup).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver.GetRunResult(), output, driver);
    }

    /// <summary>The generated files by hint name.</summary>
    public static ImmutableDictionary<string, string> GeneratedSources(GeneratorDriverRunResult result)
        => result.Results.SelectMany(r => r.GeneratedSources)
            .ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>
    /// Every warning or error of the compilation, formatted for an assertion message; under TreatWarningsAsErrors each
    /// would fail the user's build. The test sources themselves carry no XML docs, so CS1591 counts only in generated files.
    /// </summary>
    public static IReadOnlyList<string> Problems(Compilation compilation)
        => compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => !(d.Id == "CS1591" && d.Location.SourceTree?.FilePath.StartsWith("Source", StringComparison.Ordinal) == true))
            .Select(d => d.ToString())
            .ToList();
}
