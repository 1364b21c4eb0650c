using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace TableImport.Benchmarks;

/// <summary>
/// Cold runs on the synthetic project: every invocation creates a NEW compilation over the already parsed files, so no
/// semantic state of an earlier invocation is reused (parsing is the compiler's, not ours, and is left out of all of them).
/// <list type="bullet">
/// <item><see cref="Binding"/>: the compiler's own work, <c>GetDiagnostics()</c> with no generator or analyzer (the baseline).</item>
/// <item><see cref="OurGenerator"/>, <see cref="OurAnalyzer"/>: each alone, including whatever binding it triggers itself.</item>
/// <item><see cref="BindingWithOurs"/>: what a build does short of emitting: generate, then compiler and TI diagnostics of the
/// output compilation (which also binds the generated files). Minus <see cref="Binding"/> it is what we add to a build.</item>
/// <item><see cref="BindingWithGeneratedCode"/>, <see cref="BindingWithOurAnalyzer"/>: the two other parts of that overhead.</item>
/// <item><see cref="StjGenerator"/>: System.Text.Json's generator on the same job types, each named by a <c>[JsonSerializable]</c>.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private ImmutableArray<SyntaxTree> trees;
    private ImmutableArray<SyntaxTree> treesWithJsonContext;
    private ImmutableArray<SyntaxTree> treesWithGeneratedCode;

    [Params(10, 100, 1000)]
    public int JobTypes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        trees = Roslyn.Parse(SyntheticProject.Files(JobTypes));
        var generated = Roslyn.OurDriver().RunGenerators(Roslyn.Create(trees)).GetRunResult().GeneratedTrees;
        treesWithGeneratedCode = trees.AddRange(generated);
        treesWithJsonContext = trees.Add(Roslyn.ParseOne("Serialization/ShopJsonContext.cs", SyntheticProject.JsonContext(JobTypes)));
    }

    [Benchmark(Baseline = true)]
    public int Binding() => Roslyn.Create(trees).GetDiagnostics().Length;

    [Benchmark]
    public GeneratorDriver OurGenerator() => Roslyn.OurDriver().RunGenerators(Roslyn.Create(trees));

    [Benchmark]
    public int OurAnalyzer() => Roslyn.WithOurAnalyzers(Roslyn.Create(trees)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public int BindingWithOurs()
    {
        Roslyn.OurDriver().RunGeneratorsAndUpdateCompilation(Roslyn.Create(trees), out var output, out _);
        return Roslyn.WithOurAnalyzers(output).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    /// <summary>Part of <see cref="BindingWithOurs"/>: binding the user's code plus the files we generated (generated once, in setup).</summary>
    [Benchmark]
    public int BindingWithGeneratedCode() => Roslyn.Create(treesWithGeneratedCode).GetDiagnostics().Length;

    /// <summary>Part of <see cref="BindingWithOurs"/>: compiler and TI diagnostics of the user's code, no generator.</summary>
    [Benchmark]
    public int BindingWithOurAnalyzer() => Roslyn.WithOurAnalyzers(Roslyn.Create(trees)).GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;

    [Benchmark]
    public GeneratorDriver StjGenerator() => Roslyn.StjDriver().RunGenerators(Roslyn.Create(treesWithJsonContext));
}
