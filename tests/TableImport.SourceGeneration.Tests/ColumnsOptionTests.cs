using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;

namespace TableImport.SourceGeneration.Tests;

/// <summary>
/// <c>&lt;TableImportGenerateColumns&gt;false&lt;/TableImportGenerateColumns&gt;</c> leaves each job's <c>Columns</c>
/// constants out (the largest share of what the generated files cost to compile) and nothing else.
/// </summary>
public sealed class ColumnsOptionTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("", true)]
    [InlineData("false", false)]
    [InlineData(" False ", false)]
    public void False_leaves_the_constants_out_and_the_job_and_its_table_in(string? value, bool expectColumns)
    {
        var (result, output) = Run(value, JobSources.ArchitectureExample);

        var job = GeneratorRunner.GeneratedSources(result).Single(s => s.Key.StartsWith("Shop.Jobs.ScoredTransaction.", StringComparison.Ordinal)).Value;
        Assert.Equal(expectColumns, job.Contains("static class Columns", StringComparison.Ordinal));
        Assert.Contains("TableImportJob =>", job, StringComparison.Ordinal);
        Assert.Contains("CreateTableSql(", job, StringComparison.Ordinal);
        Assert.Empty(GeneratorRunner.Problems(output));

        var assembly = AssemblyLoader.EmitAndLoad(output);
        Assert.Equal("My Test Model", AssemblyLoader.ReadJob(assembly, "Shop.Jobs.ScoredTransaction").ModelName);
        Assert.Equal(expectColumns, assembly.GetType("Shop.Jobs.ScoredTransaction")!.GetNestedType("Columns") is not null);
    }

    [Fact]
    public void Without_the_constants_every_valid_source_still_compiles_without_a_warning()
    {
        var (result, output) = Run("false", [.. JobSources.AllValid]);

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(GeneratorRunner.Problems(output));
        Assert.DoesNotContain(GeneratorRunner.GeneratedSources(result).Values, text => text.Contains("static class Columns", StringComparison.Ordinal));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output) Run(string? value, params string[] sources)
    {
        var setup = ProjectSetup.Net100NullableEnabled;
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new TableImportGenerator().AsSourceGenerator()],
            parseOptions: setup.ParseOptions,
            optionsProvider: new ProjectOptions(value is null ? [] : new Dictionary<string, string> { ["build_property.TableImportGenerateColumns"] = value }));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorRunner.CreateCompilation(setup, sources), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>What MSBuild hands the compiler for the package's <c>CompilerVisibleProperty</c> items.</summary>
    private sealed class ProjectOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
