using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TableImport.Benchmarks;

// dotnet run -c Release --project benchmarks/TableImport.Benchmarks -- --all
//   --facts   only the facts (counts, checks, registration); writes results/facts.md
//   --bdn     only the BenchmarkDotNet benchmarks; any further arguments are BDN's own (e.g. --filter '*Request*')
//   --all     both, then results/summary.md with every target and its measured ratio
//   --build-cost [--types 100,1000] [--rounds 3] [--stj-rounds N] [--baseline-feed DIR] [--variants without,with,...] [--shared-compilation] [--keep DIR] [--report build-cost.md]
//             real `dotnet build`s with and without the packed package's analyzers; writes results/build-cost.md (or --report's name)
//   --constructs  what each generated construct costs to compile (in process); writes results/constructs.md
//   --generator-pieces  what the generator's transform allocates against attribute binding alone; writes results/generator-pieces.md
var mode = args.Length == 0 ? "--all" : args[0];
var results = Paths.Results();
Directory.CreateDirectory(results);

if (mode == "--generator-pieces")
{
    var report = GeneratorPieces.Run();
    await File.WriteAllTextAsync(Path.Combine(results, "generator-pieces.md"), report);
    Console.WriteLine(report);
    return;
}

if (mode == "--constructs")
{
    var report = Constructs.Run();
    await File.WriteAllTextAsync(Path.Combine(results, "constructs.md"), report);
    Console.WriteLine(report);
    return;
}

if (mode == "--build-cost")
{
    var options = BuildCost.Parse(args[1..]);
    var file = Path.Combine(results, options.Report);
    var report = BuildCost.Run(options, Paths.RepositoryRoot(), partial => File.WriteAllText(file, partial));
    await File.WriteAllTextAsync(file, report);
    Console.WriteLine(report);
    return;
}

Facts? facts = null;
if (mode is "--all" or "--facts")
{
    facts = new Facts();
    await facts.RunAsync();
    await File.WriteAllTextAsync(Path.Combine(results, "facts.md"), facts.Markdown);
}

if (mode is "--all" or "--bdn")
{
    var config = BenchConfig.Create(Path.Combine(results, "bdn"));
    Summary[] summaries = mode == "--bdn" && args.Length > 1
        ? BenchmarkSwitcher.FromAssembly(typeof(Facts).Assembly).Run(args[1..], config).ToArray()
        : BenchmarkRunner.Run([typeof(CompileBenchmarks), typeof(IncrementalBenchmarks), typeof(RequestBenchmarks)], config);
    if (facts is not null)
    {
        var summary = Targets.Write(summaries, facts.Numbers);
        await File.WriteAllTextAsync(Path.Combine(results, "summary.md"), summary);
        Console.WriteLine(summary);
    }
}

Console.WriteLine("Results written to " + results);

internal static class BenchConfig
{
    /// <summary>
    /// A short job (2 cores, the whole run in well under 20 minutes), in process: the benchmarks drive Roslyn and load the
    /// STJ generator, and an out-of-process build of a generated project per run buys nothing here.
    /// </summary>
    public static IConfig Create(string artifacts) => ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: true))
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithId("Short"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddLogger(ConsoleLogger.Default)
        .AddExporter(MarkdownExporter.GitHub)
        .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
        .WithArtifactsPath(artifacts)
        .WithOptions(ConfigOptions.DisableLogFile);
}

internal static class Paths
{
    /// <summary>benchmarks/TableImport.Benchmarks/results, under the repository root.</summary>
    public static string Results() => Path.Combine(RepositoryRoot(), "benchmarks", "TableImport.Benchmarks", "results");

    /// <summary>The folder holding Generators.sln, found upwards from this program or else from the current folder.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>Computes each target of issue 7 from the BDN reports and the facts.</summary>
internal static class Targets
{
    public static string Write(Summary[] summaries, IReadOnlyDictionary<string, double> facts)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();

        double Mean(string method, int? jobTypes = null) => Find(method, jobTypes).ResultStatistics!.Mean / 1e6; // ms
        long Allocated(string method, int? jobTypes = null)
        {
            var report = Find(method, jobTypes);
            return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
        }

        BenchmarkReport Find(string method, int? jobTypes) => reports.Single(r =>
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (jobTypes is null || Equals(r.BenchmarkCase.Parameters["JobTypes"], jobTypes)));

        var b = new System.Text.StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine("# Targets (computed by `--all`)").AppendLine();

        // 1. Generator + analyzers vs binding, per type vs STJ, scaling.
        var binding = Mean("Binding", 1000);
        var overhead = Mean("BindingWithOurs", 1000) - binding;
        var standalone = Mean("OurGenerator", 1000) + Mean("OurAnalyzer", 1000);
        var attributed = facts["attributed.generator.1000"] + facts["attributed.analyzer.1000"];
        b.AppendLine(inv, $"- Generator + analyzers, 1,000 types, vs binding {binding:F0} ms (target <= 10%):");
        b.AppendLine(inv, $"  - build overhead (BindingWithOurs - Binding): {overhead:F0} ms = {100 * overhead / binding:F1}%");
        b.AppendLine(inv, $"  - attributed by the compiler (generator {facts["attributed.generator.1000"]:F0} ms + analyzer {facts["attributed.analyzer.1000"]:F0} ms): {100 * attributed / facts["attributed.binding.1000"]:F1}% of the facts run's binding {facts["attributed.binding.1000"]:F0} ms");
        b.AppendLine(inv, $"  - each alone on a fresh compilation, binding it triggers included (OurGenerator + OurAnalyzer): {standalone:F0} ms = {100 * standalone / binding:F1}%");
        b.AppendLine(inv, $"  - of which: our generator on the input compilation {Mean("OurGenerator", 1000):F0} ms (Roslyn does not reuse that compilation's binding for the output one), binding the generated files {Mean("BindingWithGeneratedCode", 1000) - binding:F0} ms, our analyzer over compiler diagnostics {Mean("BindingWithOurAnalyzer", 1000) - binding:F0} ms");
        var oursPerType = Mean("OurGenerator", 1000) / 1000;
        var stjPerType = Mean("StjGenerator", 1000) / 1000;
        b.AppendLine(inv, $"- Per type vs System.Text.Json's generator (target: no more): ours {1000 * oursPerType:F0} us, ours + analyzer {1000 * standalone / 1000:F0} us, STJ {1000 * stjPerType:F0} us; ratio ours/STJ {oursPerType / stjPerType:F2}, (ours + analyzer alone)/STJ {standalone / 1000 / stjPerType:F2}; (ours + the analyzer's cost over binding)/STJ {(Mean("OurGenerator", 1000) + Mean("BindingWithOurAnalyzer", 1000) - binding) / Mean("StjGenerator", 1000):F2}");
        var scaleGen = Mean("OurGenerator", 1000) / Mean("OurGenerator", 100);
        var scaleAna = Mean("OurAnalyzer", 1000) / Mean("OurAnalyzer", 100);
        var scaleBoth = standalone / (Mean("OurGenerator", 100) + Mean("OurAnalyzer", 100));
        var scaleOverhead = overhead / (Mean("BindingWithOurs", 100) - Mean("Binding", 100));
        b.AppendLine(inv, $"- 1,000 types vs 100 (target <= 12x): generator {scaleGen:F1}x, analyzer {scaleAna:F1}x, both {scaleBoth:F1}x, build overhead {scaleOverhead:F1}x (binding itself {binding / Mean("Binding", 100):F1}x)");

        // 2. Incremental.
        var cold = Mean("Cold");
        b.AppendLine(inv, $"- Unrelated edit (target: nothing regenerated, <= 5% of cold): {facts["incremental.unrelated.regenerated"]} outputs regenerated, {facts["incremental.unrelated.rerun"]} job models re-run; re-run {Mean("UnrelatedEdit"):F2} ms = {100 * Mean("UnrelatedEdit") / cold:F2}% of cold {cold:F0} ms");
        b.AppendLine(inv, $"- Edit in one job type: {facts["incremental.job.regenerated"]} outputs regenerated; re-run {Mean("JobEdit"):F2} ms = {100 * Mean("JobEdit") / cold:F2}% of cold");

        // 3. Request JSON.
        var generated = Mean("Generated") * 1e3; // us
        var reflection = Mean("Reflection") * 1e3;
        var cached = Mean("ReflectionCachedMapping") * 1e3;
        b.AppendLine(inv, $"- Definition -> request JSON (target >= 10x faster, allocating <= the JSON, {facts["request.jsonBytes"]:F0} bytes): generated {generated:F2} us / {Allocated("Generated")} B; reflection {reflection:F2} us / {Allocated("Reflection")} B ({reflection / generated:F1}x); reflection with cached mapping {cached:F2} us / {Allocated("ReflectionCachedMapping")} B ({cached / generated:F1}x); same JSON: {facts["request.sameJson"] == 1}");

        // 4. Registration.
        b.AppendLine(inv, $"- Second registration of 1,000 unchanged jobs (target <= {facts["registration.bound"]} requests, no mutation): {facts["registration.second.requests"]} requests, {facts["registration.second.mutations"]} mutations, {facts["registration.second.seconds"]:F2} s; first run {facts["registration.first.requests"]} requests in {facts["registration.first.seconds"]:F2} s");
        return b.ToString();
    }
}
