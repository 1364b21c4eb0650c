using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace TableImport.Benchmarks;

/// <summary>
/// The IDE's case on the 1,000-type project: the generator has run once (the warm driver), then one file changes by one
/// keystroke and the driver runs again on the new compilation. Every invocation starts from the same warm driver and a
/// new edited compilation (<c>ReplaceSyntaxTree</c>, as the IDE makes it); the edited file is parsed once in setup.
/// <see cref="Cold"/> is a fresh driver on a fresh compilation, the cold run the re-runs are compared with.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    public const int JobTypes = 1000;
    public const int EditedJob = 500;

    private ImmutableArray<SyntaxTree> trees;
    private Compilation warmCompilation = null!;
    private GeneratorDriver warmDriver = null!;
    private SyntaxTree unrelatedBefore = null!;
    private SyntaxTree unrelatedAfter = null!;
    private SyntaxTree jobBefore = null!;
    private SyntaxTree jobAfter = null!;

    [GlobalSetup]
    public void Setup()
    {
        trees = Roslyn.Parse(SyntheticProject.Files(JobTypes));
        warmCompilation = Roslyn.Create(trees);
        warmDriver = Roslyn.OurDriver().RunGenerators(warmCompilation);
        (unrelatedBefore, unrelatedAfter) = Edits.Unrelated(trees);
        (jobBefore, jobAfter) = Edits.OneJob(trees, EditedJob);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver Cold() => Roslyn.OurDriver().RunGenerators(Roslyn.Create(trees));

    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => warmDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(unrelatedBefore, unrelatedAfter));

    [Benchmark]
    public GeneratorDriver JobEdit() => warmDriver.RunGenerators(warmCompilation.ReplaceSyntaxTree(jobBefore, jobAfter));
}

/// <summary>The two one-keystroke edits.</summary>
internal static class Edits
{
    /// <summary>One character typed in a method body of the unrelated service file (<c>Count &lt; 2</c> becomes <c>Count &lt; 3</c>).</summary>
    public static (SyntaxTree Before, SyntaxTree After) Unrelated(ImmutableArray<SyntaxTree> trees)
    {
        var before = trees.Single(t => t.FilePath == SyntheticProject.UnrelatedPath);
        var text = SyntheticProject.UnrelatedFile.Replace("ticks.Count < 2", "ticks.Count < 3", StringComparison.Ordinal);
        return (before, Roslyn.ParseOne(before.FilePath, text));
    }

    /// <summary>A feature member of one job renamed by one character (<c>FeatureAmount</c> → <c>FeatureAmounts</c>).</summary>
    public static (SyntaxTree Before, SyntaxTree After) OneJob(ImmutableArray<SyntaxTree> trees, int job)
    {
        var before = trees.Single(t => t.FilePath == SyntheticProject.PathOf(job));
        return (before, Roslyn.ParseOne(before.FilePath, SyntheticProject.JobType(job, edit: true)));
    }
}
