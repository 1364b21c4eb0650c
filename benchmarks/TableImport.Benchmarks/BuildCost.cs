using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TableImport.Tests.Shared;

namespace TableImport.Benchmarks;

/// <summary>
/// What TableImport adds to a build as users feel it: real <c>dotnet build</c>s of the synthetic project, consuming the
/// packed TableImport package exactly as a user does, with and without the package's generator and analyzers (the
/// attributes stay; an MSBuild target removes only the package's <c>Analyzer</c> items), alternating, and System.Text.Json's
/// generator on the same types for scale. The number read is the Csc task's time from MSBuild's performance summary;
/// <c>-p:ReportAnalyzer=true</c> adds the compiler's own attribution to each generator and analyzer.
/// </summary>
internal static partial class BuildCost
{
    private const string Configuration = "Debug";

    /// <summary>The variants built, in the order each round builds them.</summary>
    private static readonly Variant[] Variants =
    [
        new("without", "attributes only: the package's generator and analyzers removed from the compile", TableImport: false, Stj: false, Baseline: false),
        new("before", "the package packed from --baseline-feed (an earlier commit), as users get it", TableImport: true, Stj: false, Baseline: true),
        new("with", "the package packed from this tree, as users get it: generator, analyzers and code-fix assembly", TableImport: true, Stj: false, Baseline: false),
        new("nocolumns", "as with, and <TableImportGenerateColumns>false</TableImportGenerateColumns>: no Columns constants", TableImport: true, Stj: false, Baseline: false, Columns: false),
        new("stj", "attributes only, plus one JsonSerializerContext naming every job type (System.Text.Json's generator)", TableImport: false, Stj: true, Baseline: false),
    ];

    /// <param name="JobTypes">Project sizes to build.</param>
    /// <param name="Rounds">Rounds of the TableImport variants.</param>
    /// <param name="StjRounds">Rounds that also build the System.Text.Json variant (0: none); its builds are the slowest.</param>
    /// <param name="SharedCompilation">Use the warm compiler server instead of a compiler process per build.</param>
    /// <param name="BaselineFeed">A folder holding an earlier TableImport package, built as the "before" variant.</param>
    /// <param name="Keep">Work in this folder and keep it (logs included) instead of a deleted temp folder.</param>
    /// <param name="Only">Build only these variants (all by default).</param>
    /// <param name="Report">The report's file name under results/.</param>
    public sealed record Options(int[] JobTypes, int Rounds, int StjRounds, bool SharedCompilation, string? BaselineFeed, string? Keep, string[]? Only, string Report);

    private sealed record Variant(string Name, string Description, bool TableImport, bool Stj, bool Baseline, bool Columns = true);

    // CscMs: the Csc task's wall time, as MSBuild's performance summary reports it. CpuMs: the compiler process's user +
    // system CPU time (NaN with a shared compilation server, whose process is not ours to time).
    private sealed record Build(int JobTypes, string Variant, int Round, double CscMs, double CpuMs, IReadOnlyList<(string Name, double Seconds)> Attributed);

    public static Options Parse(string[] args)
    {
        var types = new[] { 100, 1000 };
        var rounds = 3;
        int? stjRounds = null;
        var shared = false;
        string? keep = null, baseline = null;
        string[]? only = null;
        var report = "build-cost.md";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--types":
                    types = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--shared-compilation":
                    shared = true;
                    break;
                case "--stj-rounds":
                    stjRounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--baseline-feed":
                    baseline = Path.GetFullPath(args[++i]);
                    break;
                case "--variants":
                    only = args[++i].Split(',');
                    break;
                case "--report":
                    report = args[++i];
                    break;
                case "--keep":
                    keep = args[++i];
                    break;
                default:
                    throw new ArgumentException("unknown --build-cost option " + args[i]);
            }
        }

        return new Options(types, rounds, stjRounds ?? rounds, shared, baseline, keep, only, report);
    }

    /// <summary>Packs, builds every variant, and returns the report; <paramref name="progress"/> gets it after each build too.</summary>
    public static string Run(Options options, string repositoryRoot, Action<string> progress)
    {
        var root = options.Keep ?? Directory.CreateTempSubdirectory("tableimport-buildcost-").FullName;
        Directory.CreateDirectory(root);
        try
        {
            var feed = Path.Combine(root, "feed");
            var packages = Path.Combine(root, "packages");
            var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages };
            Console.WriteLine($"Packing src/TableImport into {feed}");
            using (TableImport.Tests.Shared.PackLock.Acquire(TimeSpan.FromMinutes(10)))
            {
                // The machine's packages folder for the pack itself (tests/Shared/PackLock.cs's remarks); the projects get their own.
                Run(repositoryRoot, new Dictionary<string, string>(), "pack", Path.Combine("src", "TableImport"), "-c", "Release", "-o", feed, "-nodeReuse:false", "-p:UseSharedCompilation=false");
            }

            if (OperatingSystem.IsWindows() && !options.SharedCompilation)
            {
                throw new PlatformNotSupportedException("--build-cost times the compiler with bash; on Windows pass --shared-compilation");
            }

            if (!options.SharedCompilation && !OperatingSystem.IsWindows())
            {
                WriteTimedCompiler(root);
            }

            // The earlier package has the same id and version: it gets a project and a packages folder of its own.
            var baselineEnvironment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages-before") };
            var builds = new List<Build>();
            foreach (var n in options.JobTypes)
            {
                var project = WriteProject(Path.Combine(root, "n" + n), feed, n, stj: options.StjRounds > 0);
                Run(project, environment, "restore", "-nodeReuse:false");
                var baselineProject = options.BaselineFeed is null ? null : WriteProject(Path.Combine(root, "n" + n + "-before"), options.BaselineFeed, n, stj: false);
                if (baselineProject is not null)
                {
                    Run(baselineProject, baselineEnvironment, "restore", "-nodeReuse:false");
                }

                if (options.SharedCompilation)
                {
                    // A user's server is warm: one build, not counted, starts it and loads every assembly the variants use.
                    BuildOnce(project, environment, n, Variants[0], 0, shared: true);
                    BuildOnce(project, environment, n, Variants.Single(v => v.Name == "with"), 0, shared: true);
                }

                for (var round = 1; round <= options.Rounds; round++)
                {
                    foreach (var variant in Variants)
                    {
                        if ((variant.Stj && round > options.StjRounds) || (variant.Baseline && baselineProject is null) || (options.Only is { } only && !only.Contains(variant.Name)))
                        {
                            continue;
                        }

                        var build = variant.Baseline
                            ? BuildOnce(baselineProject!, baselineEnvironment, n, variant, round, options.SharedCompilation)
                            : BuildOnce(project, environment, n, variant, round, options.SharedCompilation);
                        builds.Add(build);
                        Console.WriteLine($"{n,5} types  round {round}  {variant.Name,-8} Csc {build.CscMs,8:N0} ms  CPU {build.CpuMs,8:N0} ms");
                        progress(Report(builds, options));
                    }
                }
            }

            return Report(builds, options);
        }
        finally
        {
            if (options.Keep is null)
            {
                try
                {
                    Directory.Delete(root, recursive: true);
                }
                catch (IOException)
                {
                    // A file still held open by a lingering build node is not worth failing the run for.
                }
            }
        }
    }

    private static Build BuildOnce(string project, Dictionary<string, string> environment, int n, Variant variant, int round, bool shared)
    {
        // ReportAnalyzer's tables are low-importance messages: a detailed file log holds them, with the performance summary.
        var log = Path.Combine(project, $"build-{variant.Name}-{round}.log");
        var times = Path.Combine(project, $"csc-{variant.Name}-{round}.times");
        var timed = shared ? [] : new[] { "-p:CscToolPath=" + Path.GetDirectoryName(project), "-p:CscToolExe=" + TimedCscName };
        Run(
            project,
            new Dictionary<string, string>(environment) { ["TABLEIMPORT_CSC_TIMES"] = times },
            [
            "build",
            "--no-restore",
            "--no-incremental",
            "-c", Configuration,
            "-nodeReuse:false",
            "-v:q",
            $"-flp:v=d;PerformanceSummary;logfile={log}",
            "-p:ReportAnalyzer=true",
            "-p:UseSharedCompilation=" + (shared ? "true" : "false"),
            "-p:TableImportAnalyzers=" + (variant.TableImport ? "true" : "false"),
            "-p:StjContext=" + (variant.Stj ? "true" : "false"),
            "-p:TableImportGenerateColumns=" + (variant.Columns ? "true" : "false"),
            .. timed,
            ]);
        var output = File.ReadAllText(log);
        var csc = CscLine().Match(output);
        if (!csc.Success)
        {
            throw new InvalidOperationException("No Csc line in the performance summary of " + log);
        }

        if (output.Contains(": warning ", StringComparison.Ordinal) || output.Contains(": error ", StringComparison.Ordinal))
        {
            Console.WriteLine($"  note: {log} reports a warning or an error");
        }

        var cpu = double.NaN;
        if (!shared)
        {
            // "real user sys" in seconds, one line per compiler run (one here).
            var parts = File.ReadAllText(times).Trim().Split(' ');
            cpu = 1000 * (double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return new Build(n, variant.Name, round, double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture), cpu, Attributed(output));
    }

    // ReportAnalyzer prints a table after "Total analyzer execution time" and another after "Total generator execution
    // time"; each assembly's row is "   0.123   12   Name, Version=..." with its analyzers or generators indented below.
    private static List<(string, double)> Attributed(string output)
    {
        var result = new List<(string, double)>();
        foreach (Match total in TotalLine().Matches(output))
        {
            var kind = total.Groups[1].Value;
            result.Add(($"all {kind}s", double.Parse(total.Groups[2].Value, CultureInfo.InvariantCulture)));
            var rows = output.Substring(total.Index).Split('\n').Skip(1);
            var seenRow = false;
            foreach (var line in rows)
            {
                var row = AttributedLine().Match(line);
                if (!row.Success)
                {
                    // The tables hold blank lines between assemblies; the first other line after a row ends the table.
                    if (seenRow && line.Trim().Length > 0)
                    {
                        break;
                    }

                    continue;
                }

                seenRow = true;
                var name = row.Groups[2].Value;
                if (name.Contains(", Version=", StringComparison.Ordinal) && (name.StartsWith("TableImport", StringComparison.Ordinal) || name.StartsWith("System.Text.Json", StringComparison.Ordinal)))
                {
                    result.Add(($"{kind}: {name[..name.IndexOf(',', StringComparison.Ordinal)]}", double.Parse(row.Groups[1].Value, CultureInfo.InvariantCulture)));
                }
            }
        }

        return result;
    }

    private const string TimedCscName = "csc-timed";

    // The SDK's own csc, run under bash's `time` so that the compiler process's CPU time is read apart from MSBuild's:
    // on a shared 2-core machine CPU time moves far less with other processes' load than wall time does.
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void WriteTimedCompiler(string folder)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!; // <dotnet>/shared/Microsoft.NETCore.App/10.0.x
        var csc = Path.Combine(Path.GetFullPath(Path.Combine(runtime, "..", "..", "..")), "sdk", Sdk(), "Roslyn", "bincore", "csc");
        if (!File.Exists(csc))
        {
            throw new FileNotFoundException("The SDK's compiler was not found", csc);
        }

        var script = Path.Combine(folder, TimedCscName);
        File.WriteAllText(script, $$"""
            #!/usr/bin/env bash
            TIMEFORMAT="%R %U %S"
            exec 4>&2
            { time "{{csc}}" "$@" 2>&4 ; } 2>>"$TABLEIMPORT_CSC_TIMES"
            """ + "\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    private static string WriteProject(string folder, string feed, int n, bool stj)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        foreach (var (path, text) in SyntheticProject.Files(n))
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        if (stj)
        {
            Directory.CreateDirectory(Path.Combine(folder, "Serialization"));
            File.WriteAllText(Path.Combine(folder, "Serialization", "ShopJsonContext.cs"), SyntheticProject.JsonContext(n));
        }

        File.WriteAllText(Path.Combine(folder, "nuget.config"), DotNetCli.LocalFeedConfig(feed));
        // A stand-alone project: the repository's Directory.Build.props must not reach it from a temp folder anyway,
        // but an empty one here makes sure nothing above the temp folder does either.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Shop.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TableImportAnalyzers Condition="'$(TableImportAnalyzers)' == ''">true</TableImportAnalyzers>
                <StjContext Condition="'$(StjContext)' == ''">false</StjContext>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TableImport" Version="0.1.0" />
              </ItemGroup>
              <ItemGroup Condition="'$(StjContext)' != 'true'">
                <Compile Remove="Serialization/**" />
              </ItemGroup>
              <!-- "Without": the attributes stay (lib/TableImport.dll), only the package's analyzers/ assemblies leave the compile. -->
              <Target Name="RemoveTableImportAnalyzers" BeforeTargets="CoreCompile" Condition="'$(TableImportAnalyzers)' != 'true'">
                <ItemGroup>
                  <Analyzer Remove="@(Analyzer)" Condition="'%(Filename)' == 'TableImport.SourceGeneration' or '%(Filename)' == 'TableImport.CodeFixes'" />
                </ItemGroup>
              </Target>
            </Project>
            """);
        return folder;
    }

    private static string Report(List<Build> builds, Options options)
    {
        var inv = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("# What TableImport adds to a real build").AppendLine();
        b.AppendLine(inv, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, commit {Commit()}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, SDK {Sdk()}.").AppendLine();
        b.AppendLine(inv, $"`dotnet build --no-restore --no-incremental -c {Configuration} -p:ReportAnalyzer=true -p:UseSharedCompilation={(options.SharedCompilation ? "true" : "false")}` of the synthetic project, {options.Rounds} rounds, each building every variant in turn. **Csc** is the Csc task's wall time from MSBuild's performance summary; **CPU** is the compiler process's user + system time.").AppendLine();
        foreach (var variant in Variants.Where(v => builds.Any(x => x.Variant == v.Name)))
        {
            b.AppendLine(inv, $"- **{variant.Name}**: {variant.Description}");
        }

        b.AppendLine();
        b.AppendLine("| Job types | Variant | Csc per round (ms) | Csc median | Added | Added / without | CPU per round (ms) | CPU median | Added | Added / without |");
        b.AppendLine("|---:|---|---|---:|---:|---:|---|---:|---:|---:|");
        foreach (var group in builds.GroupBy(x => x.JobTypes))
        {
            var wallBase = Median(group.Where(x => x.Variant == "without").Select(x => x.CscMs));
            var cpuBase = Median(group.Where(x => x.Variant == "without").Select(x => x.CpuMs));
            foreach (var variant in group.GroupBy(x => x.Variant))
            {
                var isBase = variant.Key == "without";
                var wall = Median(variant.Select(x => x.CscMs));
                var cpu = Median(variant.Select(x => x.CpuMs));
                b.AppendLine(inv, $"| {group.Key:N0} | {variant.Key} | {Join(variant.Select(x => x.CscMs))} | {wall:N0} | {Added(wall, wallBase, isBase)} | {Share(wall, wallBase, isBase)} | {Join(variant.Select(x => x.CpuMs))} | {cpu:N0} | {Added(cpu, cpuBase, isBase)} | {Share(cpu, cpuBase, isBase)} |");
            }
        }

        b.AppendLine().AppendLine("TableImport's added time as a fraction of what System.Text.Json's generator adds on the same types:").AppendLine();
        foreach (var group in builds.GroupBy(x => x.JobTypes).Where(g => g.Any(x => x.Variant == "stj")))
        {
            double AddedBy(Func<Build, double> measure, string variant) => Median(group.Where(x => x.Variant == variant).Select(measure)) - Median(group.Where(x => x.Variant == "without").Select(measure));
            foreach (var ours in new[] { "before", "with", "nocolumns" }.Where(v => group.Any(x => x.Variant == v)))
            {
                b.AppendLine(inv, $"- {group.Key:N0} types, {ours}: Csc {AddedBy(x => x.CscMs, ours):N0} vs {AddedBy(x => x.CscMs, "stj"):N0} ms ({Fraction(AddedBy(x => x.CscMs, ours), AddedBy(x => x.CscMs, "stj"))}); CPU {AddedBy(x => x.CpuMs, ours):N0} vs {AddedBy(x => x.CpuMs, "stj"):N0} ms ({Fraction(AddedBy(x => x.CpuMs, ours), AddedBy(x => x.CpuMs, "stj"))})");
            }
        }

        b.AppendLine().AppendLine("Time the compiler attributes (`-p:ReportAnalyzer=true`), median over rounds, seconds:").AppendLine();
        b.AppendLine("| Job types | Variant | Attributed to | Seconds |");
        b.AppendLine("|---:|---|---|---:|");
        foreach (var group in builds.GroupBy(x => (x.JobTypes, x.Variant)))
        {
            foreach (var name in group.SelectMany(x => x.Attributed).Select(a => a.Name).Distinct())
            {
                var seconds = Median(group.Select(x => x.Attributed.Where(a => a.Name == name).Select(a => a.Seconds).DefaultIfEmpty(0).Sum()));
                b.AppendLine(inv, $"| {group.Key.JobTypes:N0} | {group.Key.Variant} | {name} | {seconds:F3} |");
            }
        }

        return b.ToString();

        string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("N0", inv)));
        string Added(double value, double baseline, bool isBase) => isBase ? "—" : (value - baseline).ToString("N0", inv) + " ms";
        string Share(double value, double baseline, bool isBase) => isBase ? "—" : (100 * (value - baseline) / baseline).ToString("F1", inv) + " %";
        string Fraction(double ours, double theirs) => ours <= 0 ? "nothing measurable" : "1/" + (theirs / ours).ToString("F1", inv);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Commit()
    {
        try
        {
            return Run(Directory.GetCurrentDirectory(), new Dictionary<string, string>(), "git", ["rev-parse", "--short", "HEAD"]).Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return "(unknown)";
        }
    }

    private static string Sdk() => Run(Directory.GetCurrentDirectory(), new Dictionary<string, string>(), "--version").Trim();

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(15);

    private static string Run(string directory, Dictionary<string, string> environment, params string[] arguments)
        => DotNetCli.Run(directory, environment, BuildTimeout, arguments);

    private static string Run(string directory, Dictionary<string, string> environment, string executable, string[] arguments)
        => DotNetCli.RunExecutable(executable, directory, environment, BuildTimeout, arguments);

    [GeneratedRegex(@"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscLine();

    [GeneratedRegex(@"^\s*<?(\d+\.\d+)\s+<?\d+\s+(\S.*?)\s*$")]
    private static partial Regex AttributedLine();

    [GeneratedRegex(@"Total (analyzer|generator) execution time: (\d+\.\d+) seconds", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
