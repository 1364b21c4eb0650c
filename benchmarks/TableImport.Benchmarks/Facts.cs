extern alias Generator;

using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TableImport.Benchmarks.Jobs;
using TableImport.Client;
using TableImport.Emulator;
using TableImport.Hosting;
using TableImport.Hosting.Registration;

namespace TableImport.Benchmarks;

/// <summary>
/// The measurements that are counts, checks or seconds-long runs rather than micro-benchmarks: whether the synthetic project
/// is clean, what the compiler attributes to each generator and analyzer, how many outputs an edit regenerates, whether the
/// two request bodies are the same JSON, and registration of 1,000 jobs against the in-process emulator.
/// </summary>
internal sealed class Facts
{
    private readonly StringBuilder md = new();

    public Dictionary<string, double> Numbers { get; } = new(StringComparer.Ordinal);

    public string Markdown => md.ToString();

    public async Task RunAsync()
    {
        md.AppendLine("# TableImport performance facts").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}").AppendLine();
        CheckSyntheticProject();
        AttributedTimes();
        IncrementalOutputs();
        RequestJson();
        await RegistrationAsync();
    }

    private void Line(string text)
    {
        md.AppendLine(text);
        Console.WriteLine(text);
    }

    private void CheckSyntheticProject()
    {
        Line("## The synthetic project (1,000 job types x 30 members)");
        Line("");
        var trees = Roslyn.Parse(SyntheticProject.Files(1000));
        var driver = Roslyn.OurDriver().RunGeneratorsAndUpdateCompilation(Roslyn.Create(trees), out var output, out _);
        var generated = driver.GetRunResult().GeneratedTrees.Length;
        var all = Roslyn.WithOurAnalyzers(output).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        var problems = all.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        var stj = Roslyn.StjDriver().RunGeneratorsAndUpdateCompilation(
            Roslyn.Create(trees.Add(Roslyn.ParseOne("Serialization/ShopJsonContext.cs", SyntheticProject.JsonContext(1000)))), out var stjOutput, out _);
        var stjErrors = stjOutput.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Line($"- source files: {trees.Length} ({trees.Sum(t => t.Length) / 1024} KiB); our generator adds {generated} files");
        Line($"- compiler + TI warnings and errors after generation: {problems.Count}" + (problems.Count > 0 ? " — " + string.Join("; ", problems.Take(5)) : ""));
        Line($"- System.Text.Json generator on the same types + one context: {stj.GetRunResult().GeneratedTrees.Length} files, {stjErrors} errors");
        Line("");
        Numbers["project.problems"] = problems.Count;
    }

    // What the compiler itself attributes to each generator (GeneratorDriver.GetTimingInfo, as in a binlog) and to our
    // analyzer (analyzer telemetry, as -p:ReportAnalyzer=true shows), on a fresh compilation each run; median of 3.
    private void AttributedTimes()
    {
        Line("## Time the compiler attributes to each (median of 3 cold runs, fresh compilation each)");
        Line("");
        Line("| Job types | Binding (GetDiagnostics) | Our generator | Our analyzer | STJ generator |");
        Line("|---:|---:|---:|---:|---:|");
        foreach (var n in new[] { 10, 100, 1000 })
        {
            var trees = Roslyn.Parse(SyntheticProject.Files(n));
            var stjTrees = trees.Add(Roslyn.ParseOne("Serialization/ShopJsonContext.cs", SyntheticProject.JsonContext(n)));
            var binding = new List<double>();
            var generator = new List<double>();
            var analyzer = new List<double>();
            var stj = new List<double>();
            for (var run = 0; run < 4; run++)
            {
                var sw = Stopwatch.StartNew();
                Roslyn.Create(trees).GetDiagnostics();
                var b = sw.Elapsed.TotalMilliseconds;
                var g = Roslyn.OurDriver().RunGenerators(Roslyn.Create(trees)).GetTimingInfo().ElapsedTime.TotalMilliseconds;
                var withAnalyzers = Roslyn.WithOurAnalyzers(Roslyn.Create(trees), logTime: true);
                withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                var a = withAnalyzers.GetAnalyzerTelemetryInfoAsync(Roslyn.OurAnalyzers[0], CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                var s = Roslyn.StjDriver().RunGenerators(Roslyn.Create(stjTrees)).GetTimingInfo().ElapsedTime.TotalMilliseconds;
                if (run > 0)
                {
                    // The first round warms the JIT; it is not counted.
                    binding.Add(b);
                    generator.Add(g);
                    analyzer.Add(a);
                    stj.Add(s);
                }
            }

            Line($"| {n:N0} | {Median(binding):F1} ms | {Median(generator):F1} ms | {Median(analyzer):F1} ms | {Median(stj):F1} ms |");
            Numbers[$"attributed.binding.{n}"] = Median(binding);
            Numbers[$"attributed.generator.{n}"] = Median(generator);
            Numbers[$"attributed.analyzer.{n}"] = Median(analyzer);
            Numbers[$"attributed.stj.{n}"] = Median(stj);
        }

        Line("");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private void IncrementalOutputs()
    {
        Line($"## Incremental edits on the {IncrementalBenchmarks.JobTypes:N0}-type project (outputs of the re-run, by reason)");
        Line("");
        var trees = Roslyn.Parse(SyntheticProject.Files(IncrementalBenchmarks.JobTypes));
        var compilation = Roslyn.Create(trees);
        var warm = Roslyn.OurDriver(track: true).RunGenerators(compilation);
        var cold = warm.GetRunResult().Results.Single();
        Line("| Run | Outputs New | Modified | Unchanged | Cached | Removed | Job models New/Modified | Job models re-run, equal (Unchanged) | Files generated |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Report("cold (first run)", cold, "cold");
        var (ub, ua) = Edits.Unrelated(trees);
        var unrelated = warm.RunGenerators(compilation.ReplaceSyntaxTree(ub, ua)).GetRunResult().Results.Single();
        Report("keystroke in an unrelated file", unrelated, "unrelated");
        var (jb, ja) = Edits.OneJob(trees, IncrementalBenchmarks.EditedJob);
        Report("keystroke in one job type", warm.RunGenerators(compilation.ReplaceSyntaxTree(jb, ja)).GetRunResult().Results.Single(), "job");
        Line("");
        Line("Every tracked step of the unrelated-edit re-run (Roslyn's own `ForAttributeWithMetadataName` steps included), with its outputs by reason:");
        Line("");
        foreach (var (step, runs) in unrelated.TrackedSteps.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var reasons = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
            Line($"- `{step}`: {string.Join(", ", reasons)}");
            if (step == "result_ForAttributeWithMetadataName")
            {
                Numbers["incremental.unrelated.fawmnRerun"] = runs.SelectMany(r => r.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
            }
        }

        Line("");
        Line("Outputs are the generator's `AddSource` steps (one per job type plus `TableImportJobs.All`); \"Unchanged\" means the step re-ran and produced an equal value, so no file was rewritten. \"Job models re-run\" counts the `[TableImportJob]` types whose semantic transform (`JobParser.Parse`) ran again on the new compilation and produced an equal model.");
        Line("");

        void Report(string name, GeneratorRunResult result, string key)
        {
            var outputs = result.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            var jobSteps = result.TrackedSteps.TryGetValue(Generator::TableImport.SourceGeneration.TableImportGenerator.TrackingNames.Jobs, out var steps)
                ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
                : [];
            var jobs = jobSteps.Count(r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
            // Our transform runs inside Roslyn's ForAttributeWithMetadataName; its last step shows which types it ran again for.
            var rerun = result.TrackedSteps.TryGetValue("result_ForAttributeWithMetadataName", out var fawmn)
                ? fawmn.SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Unchanged)
                : 0;
            int Count(IncrementalStepRunReason r) => outputs.Count(o => o == r);
            Line($"| {name} | {Count(IncrementalStepRunReason.New)} | {Count(IncrementalStepRunReason.Modified)} | {Count(IncrementalStepRunReason.Unchanged)} | {Count(IncrementalStepRunReason.Cached)} | {Count(IncrementalStepRunReason.Removed)} | {jobs} | {rerun} | {result.GeneratedSources.Length} |");
            Numbers[$"incremental.{key}.rerun"] = rerun;
            Numbers[$"incremental.{key}.regenerated"] = Count(IncrementalStepRunReason.New) + Count(IncrementalStepRunReason.Modified);
        }
    }

    private void RequestJson()
    {
        Line("## Request JSON: generated definition vs reflection");
        Line("");
        var bench = new RequestBenchmarks();
        bench.Setup();
        var ours = bench.GeneratedToArray();
        var theirs = bench.Reflection();
        var same = JsonNode.DeepEquals(JsonNode.Parse(ours), JsonNode.Parse(theirs));
        Line($"- body written by TableImportRequestWriter: {ours.Length:N0} bytes; by the reflection baseline: {theirs.Length:N0} bytes (it escapes '+' and '<' as \\uXXXX)");
        Line($"- the two bodies are the same JSON (JsonNode.DeepEquals): {same}");
        Line("");
        Numbers["request.jsonBytes"] = ours.Length;
        Numbers["request.sameJson"] = same ? 1 : 0;
        if (!same)
        {
            Console.WriteLine(Encoding.UTF8.GetString(ours));
            Console.WriteLine(Encoding.UTF8.GetString(theirs));
        }
    }

    private async Task RegistrationAsync()
    {
        const int jobCount = 1000;
        Line($"## Registration of {jobCount:N0} generated jobs against the in-process emulator");
        Line("");
        var jobs = LoadGeneratedJobs(jobCount);
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { ConfigureLogging = logging => logging.ClearProviders() });
        using var http = new HttpClient();

        // First run: 1,000 dry runs and 1,000 creates. Arize allows 300 mutations a minute, which would make this run take
        // about 7 minutes of waiting; the limits are lifted so the run measures the client, registrar and emulator.
        var unlimited = new TableImportClientOptions
        {
            Endpoint = emulator.GraphQLEndpoint,
            SpaceId = "space_benchmark",
            MaxQueriesPerMinute = 1_000_000,
            MaxMutationsPerMinute = 1_000_000,
        };
        // Second run: the client's defaults (Arize's limits: 100 queries and 300 mutations a minute, pages of 50).
        var defaults = new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = "space_benchmark" };
        var options = Options.Create(new TableImportOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = "space_benchmark" });

        Line("| Run | Wall time | HTTP requests | By operation | Outcome |");
        Line("|---|---:|---:|---|---|");
        await Run("first (empty space; rate limits lifted)", new TableImportClient(http, unlimited), "first");
        await Run("second (nothing changed; default client options)", new TableImportClient(http, defaults), "second");
        var pageSize = defaults.PageSize;
        var bound = (int)Math.Ceiling(jobCount / (double)pageSize) + 1;
        Line("");
        Line($"Page size {pageSize}: the target for the second run is at most ceil({jobCount}/{pageSize}) + 1 = {bound} requests and no mutation. MaxParallelism {options.Value.MaxParallelism} (default).");
        Line("");
        Numbers["registration.bound"] = bound;

        async Task Run(string name, TableImportClient client, string key)
        {
            emulator.RequestCounts.Reset();
            var registrar = new TableImportRegistrar(client, options);
            var sw = Stopwatch.StartNew();
            var report = await registrar.RegisterAsync(jobs);
            sw.Stop();
            var counts = emulator.RequestCounts.Snapshot();
            var mutations = counts.Where(kv => kv.Key != "node").Sum(kv => kv.Value);
            var byOperation = string.Join(", ", counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));
            Line($"| {name} | {sw.Elapsed.TotalSeconds:F2} s | {emulator.RequestCounts.Total} | {byOperation} | {report.Summary.Replace("Table import registration: ", "", StringComparison.Ordinal)} |");
            Numbers[$"registration.{key}.seconds"] = sw.Elapsed.TotalSeconds;
            Numbers[$"registration.{key}.requests"] = emulator.RequestCounts.Total;
            Numbers[$"registration.{key}.mutations"] = mutations;
            Numbers[$"registration.{key}.unchanged"] = report.Unchanged;
            Numbers[$"registration.{key}.failed"] = report.Failed;
        }
    }

    /// <summary>Compiles the synthetic project with our generator, loads it and reads <c>TableImportJobs.All</c>: the definitions a user's app would register.</summary>
    private static IReadOnlyList<TableImportJobDefinition> LoadGeneratedJobs(int count)
    {
        var trees = Roslyn.Parse(SyntheticProject.Files(count));
        Roslyn.OurDriver().RunGeneratorsAndUpdateCompilation(Roslyn.Create(trees), out var output, out _);
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The synthetic project does not compile:\n" + string.Join("\n", emitted.Diagnostics.Take(10)));
        }

        stream.Position = 0;
        var assembly = new AssemblyLoadContext("synthetic-jobs", isCollectible: true).LoadFromStream(stream);
        var all = assembly.GetType("TableImport.Generated.TableImportJobs", throwOnError: true)!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!;
        var jobs = (IReadOnlyList<TableImportJobDefinition>)all.GetValue(null)!;
        if (jobs.Count != count)
        {
            throw new InvalidOperationException($"expected {count} jobs, got {jobs.Count}");
        }

        return jobs;
    }
}
