extern alias Generator;

using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TableImport.Benchmarks;

/// <summary>
/// Which generated constructs the compiler spends its time on: the synthetic project's generated job files are compiled
/// (parsed, bound and emitted to memory, as a build does) whole and with one construct cut out at a time, with doc
/// comments ignored (a project without a documentation file) and diagnosed (<c>GenerateDocumentationFile</c>). The
/// differences show what each construct costs to compile, measured in compiler CPU time on this process.
/// </summary>
internal static partial class Constructs
{
    private const int JobTypes = 1000;
    private const int Runs = 5;

    public static string Run()
    {
        var inv = CultureInfo.InvariantCulture;
        var userFiles = SyntheticProject.Files(JobTypes);
        var generated = Roslyn.OurDriver().RunGenerators(Roslyn.Create(Roslyn.Parse(userFiles))).GetRunResult().GeneratedTrees
            .Where(t => !t.FilePath.EndsWith(Generator::TableImport.SourceGeneration.Emitting.Emitter.AllJobsHintName, StringComparison.Ordinal))
            .Select(t => (Path: Path.GetFileName(t.FilePath), Text: t.GetText().ToString()))
            .ToList();
        var all = Roslyn.OurDriver().RunGenerators(Roslyn.Create(Roslyn.Parse(userFiles))).GetRunResult().GeneratedTrees
            .Single(t => t.FilePath.EndsWith(Generator::TableImport.SourceGeneration.Emitting.Emitter.AllJobsHintName, StringComparison.Ordinal));

        var variants = new (string Name, IReadOnlyList<(string Path, string Text)> Files)[]
        {
            ("user source only (the baseline)", []),
            ("+ job files as emitted before issue 13 (a summary on every constant)", Map(generated, AsEmittedBefore)),
            ("+ job files as generated now", generated),
            ("+ job files without any doc comment", Map(generated, WithoutDocComments)),
            ("+ job files without `Columns`", Map(generated, t => Cut(t, "static class Columns", withDocs: true))),
            ("+ job files without `TableImportJob`", Map(generated, t => Cut(t, "TableImportJobDefinition TableImportJob =>", withDocs: true))),
            ("+ job files without either (an empty partial type per file)", Map(generated, t => Cut(Cut(t, "static class Columns", withDocs: true), "TableImportJobDefinition TableImportJob =>", withDocs: true))),
            ("+ job files with `#nullable enable annotations` (no nullable flow analysis)", Map(generated, t => t.Replace("#nullable enable\n", "#nullable enable annotations\n", StringComparison.Ordinal))),
            ("+ job files and `TableImportJobs.All`", [.. generated, (all.FilePath, all.GetText().ToString())]),
            ("+ job files with `Columns` as one declaration of many constants", Map(generated, OneDeclaration)),
            ("+ job files with `Columns` without its `#pragma` lines", Map(generated, t => string.Join('\n', t.Split('\n').Where(l => !l.TrimStart().StartsWith("#pragma warning", StringComparison.Ordinal))))),
        };
        if (Environment.GetEnvironmentVariable("TABLEIMPORT_CONSTRUCTS") is { Length: > 0 } only)
        {
            variants = variants.Where((v, i) => i == 0 || v.Name.Contains(only, StringComparison.Ordinal)).ToArray();
        }

        Measure(userFiles, generated, DocumentationMode.None, runs: 1); // warms the JIT once for every row

        var b = new StringBuilder();
        b.AppendLine(inv, $"# Generated constructs: what each costs to compile ({JobTypes:N0} job types)").AppendLine();
        b.AppendLine(inv, $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}.").AppendLine();
        b.AppendLine(inv, $"Each row parses the user's {userFiles.Count:N0} files plus the variant's files and emits the assembly to memory, as a build does (a new compilation each time, {Runs} times, after one warm-up compile for the whole table). **CPU** is this process's user + system time during the compile, the fastest of the {Runs}: on a shared machine other processes only ever add time, yet it still moves by several hundred ms. **Alloc** is what the compile allocated (median), which other processes cannot move: the steadier measure of the compiler's work. \"Added\" is over the first row. Generated now: {generated.Sum(f => Lines(f.Text)):N0} lines in {generated.Count:N0} job files ({generated.Sum(f => f.Text.Length) / 1024:N0} KiB), against {userFiles.Sum(f => Lines(f.Text)):N0} lines ({userFiles.Sum(f => f.Text.Length) / 1024:N0} KiB) of user source.").AppendLine();
        b.AppendLine("| Variant | Lines | Docs ignored: CPU (ms) | Added | Alloc (MB) | Added | Docs diagnosed: CPU (ms) | Added | Alloc (MB) | Added |");
        b.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        (double Cpu, double Mb)? baseNone = null, baseDiagnose = null;
        foreach (var (name, files) in variants)
        {
            var none = Measure(userFiles, files, DocumentationMode.None);
            var diagnose = Measure(userFiles, files, DocumentationMode.Diagnose);
            baseNone ??= none;
            baseDiagnose ??= diagnose;
            var line = $"| {name} | {files.Sum(f => Lines(f.Text)):N0} | {none.Cpu:N0} | {none.Cpu - baseNone.Value.Cpu:N0} | {none.Mb:N0} | {none.Mb - baseNone.Value.Mb:N0} | {diagnose.Cpu:N0} | {diagnose.Cpu - baseDiagnose.Value.Cpu:N0} | {diagnose.Mb:N0} | {diagnose.Mb - baseDiagnose.Value.Mb:N0} |";
            b.AppendLine(line);
            Console.WriteLine(line);
        }

        b.AppendLine().AppendLine("One generated job file as measured (now), then as emitted before:").AppendLine().AppendLine("```csharp").Append(generated[0].Text).AppendLine("```").AppendLine();
        b.AppendLine("```csharp").Append(AsEmittedBefore(generated[0].Text)).AppendLine("```");
        return b.ToString();
    }

    // The job file as the emitter wrote it before issue 13, rebuilt from today's: a four-line summary on TableImportJob, and a
    // summary and a blank line before every constant (the snapshots of that commit show the same text).
    private static string AsEmittedBefore(string text)
    {
        var lines = new List<string>();
        var first = true;
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimStart();
            var indent = line[..(line.Length - trimmed.Length)];
            if (trimmed.StartsWith("/// <summary>The Arize job this type declares", StringComparison.Ordinal))
            {
                lines.Add(indent + "/// <summary>");
                lines.Add(indent + "/// The Arize table-import job this type declares, shaped like the Table Importer API's <c>CreateTableImportJobInput</c>.");
                lines.Add(indent + "/// Every get returns a new instance, so a caller may change the one it got without affecting anyone else.");
                lines.Add(indent + "/// </summary>");
            }
            else if (trimmed.StartsWith("#pragma warning", StringComparison.Ordinal) && trimmed.Contains("CS1591", StringComparison.Ordinal))
            {
                continue;
            }
            else if (ConstantLine().Match(trimmed) is { Success: true } constant)
            {
                if (!first)
                {
                    lines.Add("");
                }

                first = false;
                var name = constant.Groups[1].Value.TrimStart('@');
                lines.Add(indent + "/// <summary>The column of <c>" + name + "</c>.</summary>");
                lines.Add(line);
            }
            else
            {
                lines.Add(line);
            }
        }

        return string.Join('\n', lines);
    }

    // The constants as `public const string A = "a", B = "b";`: one field declaration, its type and modifiers bound once.
    private static string OneDeclaration(string text)
    {
        var lines = text.Split('\n').ToList();
        var constants = lines.Select((line, i) => (line, i)).Where(x => ConstantLine().IsMatch(x.line.TrimStart()) && !x.line.Contains(" new const ", StringComparison.Ordinal)).ToList();
        if (constants.Count < 2)
        {
            return text;
        }

        var indent = constants[0].line[..(constants[0].line.Length - constants[0].line.TrimStart().Length)];
        var declarators = constants.Select(x => x.line.Trim()["public const string ".Length..].TrimEnd(';'));
        var merged = indent + "public const string " + string.Join(",\n" + indent + "    ", declarators) + ";";
        var first = constants[0].i;
        var drop = constants.Select(x => x.i).ToHashSet();
        return string.Join('\n', lines.Select((line, i) => i == first ? merged : drop.Contains(i) ? null : line).Where(l => l is not null));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^public (?:new )?const string (\S+) = ")]
    private static partial System.Text.RegularExpressions.Regex ConstantLine();

    private static int Lines(string text) => text.Count(c => c == '\n');

    private static List<(string Path, string Text)> Map(IEnumerable<(string Path, string Text)> files, Func<string, string> change)
        => files.Select(f => (f.Path, change(f.Text))).ToList();

    private static string WithoutDocComments(string text)
        => string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal)));

    // Removes the member declared on the line holding `marker`: its doc comment above, and its body up to the matching brace.
    private static string Cut(string text, string marker, bool withDocs)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var start = text.LastIndexOf('\n', at) + 1;
        while (withDocs && start > 0)
        {
            var previous = text.LastIndexOf('\n', start - 2) + 1;
            if (!text.AsSpan(previous, start - previous).TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                break;
            }

            start = previous;
        }

        // An expression-bodied member (the definition's text) ends at the first line that ends with a semicolon.
        var lineOfMarker = text.IndexOf('\n', at);
        if (text.AsSpan(at, lineOfMarker - at).Contains("=>", StringComparison.Ordinal))
        {
            var endOfMember = at;
            while (!text.AsSpan(endOfMember, text.IndexOf('\n', endOfMember) - endOfMember).TrimEnd().EndsWith(";", StringComparison.Ordinal))
            {
                endOfMember = text.IndexOf('\n', endOfMember) + 1;
            }

            return text[..start] + text[(text.IndexOf('\n', endOfMember) + 1)..];
        }

        var open = text.IndexOf('{', at);
        var depth = 0;
        var end = open;
        for (; end < text.Length; end++)
        {
            depth += text[end] == '{' ? 1 : text[end] == '}' ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }

        var lineEnd = text.IndexOf('\n', end);
        return text[..start] + text[(lineEnd + 1)..];
    }

    private static (double Cpu, double Mb) Measure(IReadOnlyList<(string Path, string Text)> user, IReadOnlyList<(string Path, string Text)> generated, DocumentationMode mode, int runs = Runs)
    {
        var options = Roslyn.ParseOptions.WithDocumentationMode(mode);
        var cpu = new List<double>();
        var allocated = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var process = Process.GetCurrentProcess();
            var before = process.TotalProcessorTime;
            var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
            var trees = user.Concat(generated).Select(f => CSharpSyntaxTree.ParseText(f.Text, options, path: f.Path)).ToArray();
            var compilation = CSharpCompilation.Create(Roslyn.AssemblyName, trees, Roslyn.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var peStream = new MemoryStream();
            using var xmlStream = mode == DocumentationMode.Diagnose ? new MemoryStream() : null;
            var result = compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
            if (!result.Success)
            {
                throw new InvalidOperationException("The variant does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
            }

            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1e6);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }

        // The fastest run for time (other processes on a shared machine only ever add time); the median for allocations.
        allocated.Sort();
        return (cpu.Min(), allocated[allocated.Count / 2]);
    }
}
