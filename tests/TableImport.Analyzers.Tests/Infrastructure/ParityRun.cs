using System.Buffers;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TableImport.Client;
using TableImport.Emulator;
using TableImport.SourceGeneration;
using TableImport.SourceGeneration.Diagnostics;
using Xunit;

namespace TableImport.Analyzers.Tests.Infrastructure;

/// <summary>What the three judges said of one rule-test case.</summary>
public sealed record ParityVerdicts(
    IReadOnlySet<string> Analyzer,
    IReadOnlySet<string> Validate,
    IReadOnlySet<string> Emulator,
    string Details);

/// <summary>
/// Judges every parity case three ways, with real components: the analyzer on the case's source; <c>Validate()</c> on the
/// definition the generator emits for it (compiled and loaded, as an app would run it); and the emulator's dry run of
/// that definition, sent over loopback HTTP by the client's own request writer, bypassing the client's check.
/// All cases share one compilation (each in a namespace of its own) so the run costs one compile.
/// </summary>
public sealed partial class ParityRun : IAsyncLifetime
{
    // The rulebook's "Where each rule is judged", written out here rather than read from the code under test.
    public static readonly IReadOnlySet<string> ArizeRules = new HashSet<string>
    {
        "TI0003", "TI0004", "TI0007", "TI0008", "TI0009", "TI0011", "TI0012", "TI0015", "TI0016", "TI0017", "TI0018", "TI0022",
    };

    public static readonly IReadOnlySet<string> Advice = new HashSet<string> { "TI0005", "TI0014" };

    private readonly Dictionary<string, ParityVerdicts> verdicts = new(StringComparer.Ordinal);

    public ParityVerdicts this[string name] => verdicts[name];

    public async Task InitializeAsync()
    {
        var cases = ParityTests.Cases().ToList();
        var compilation = Compile(cases);
        var analyzer = await AnalyzerIdsAsync(compilation, cases.Count);
        var definitions = Load(compilation, cases.Count);

        await using var emulator = await EmulatorServer.StartAsync();
        using var http = new HttpClient();
        for (var i = 0; i < cases.Count; i++)
        {
            var definition = definitions[i];
            var validate = definition.Validate();
            var (emulatorIds, answer) = await DryRunAsync(http, emulator.GraphQLEndpoint, definition, "parity-" + i);
            var engine = validate.Select(v => v.Id).ToHashSet();
            verdicts[cases[i].Name] = new ParityVerdicts(
                analyzer[i],
                engine,
                emulatorIds,
                "analyzer: " + string.Join("; ", analyzer[i]) + "\nValidate(): " + string.Join(" ", validate) + "\nemulator: " + answer);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static CSharpCompilation Compile(List<RuleCase> cases)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = cases.Select((c, i) => CSharpSyntaxTree.ParseText(
            "namespace Case" + i + "\n{\n" + RuleCases.WithoutMarkup(c.Source) + "\n}\n", options, path: i + ".cs", encoding: Encoding.UTF8));
        var compilation = CSharpCompilation.Create(
            "ParityCases",
            trees,
            Basic.Reference.Assemblies.Net100.References.All.Append(MetadataReference.CreateFromFile(typeof(TableImportJobDefinition).Assembly.Location)),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create(new TableImportGenerator()).WithUpdatedParseOptions(options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out _);
        return (CSharpCompilation)generated;
    }

    // The engine's IDs the analyzer reports, per case; C# rules and TI0019 (which spans job types) are not the engine's.
    private static async Task<IReadOnlySet<string>[]> AnalyzerIdsAsync(Compilation compilation, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => new HashSet<string>()).ToArray();
        var diagnostics = await compilation.WithAnalyzers([new TableImportAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        foreach (var diagnostic in diagnostics)
        {
            if ((ArizeRules.Contains(diagnostic.Id) || Advice.Contains(diagnostic.Id))
                && diagnostic.Location.SourceTree?.FilePath is { } path && int.TryParse(Path.GetFileNameWithoutExtension(path), out var index))
            {
                ids[index].Add(diagnostic.Id);
            }
        }

        return ids;
    }

    private static TableImportJobDefinition[] Load(Compilation compilation, int count)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                "A parity case does not compile; give it a reason in ParityTests.Absent:\n"
                + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        stream.Position = 0;
        // TableImport.dll resolves to the test's own copy, so the definitions are the test's TableImportJobDefinition.
        var assembly = new AssemblyLoadContext("parity", isCollectible: true).LoadFromStream(stream);
        var all = (IReadOnlyList<TableImportJobDefinition>)assembly.GetType("TableImport.Generated.TableImportJobs")!
            .GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        var definitions = new TableImportJobDefinition[count];
        foreach (var definition in all)
        {
            var index = int.Parse(CaseNumber().Match(definition.JobTypeName!).Groups[1].Value);
            if (definitions[index] is not null)
            {
                throw new InvalidOperationException($"Case {index} declares more than one job type; parity judges one definition per case.");
            }

            definitions[index] = definition;
        }

        return definitions;
    }

    private static async Task<(IReadOnlySet<string> Ids, string Answer)> DryRunAsync(HttpClient http, Uri endpoint, TableImportJobDefinition definition, string spaceId)
    {
        // The event-based mutation has no dry run: a job that passes is created, in a space of its own.
        var body = new ArrayBufferWriter<byte>();
        if (definition.EventBased)
        {
            TableImportRequestWriter.WriteCreateEventBasedJobRequest(body, definition, spaceId);
        }
        else
        {
            TableImportRequestWriter.WriteCreateJobRequest(body, definition, spaceId, dryRun: true);
        }

        using var content = new ByteArrayContent(body.WrittenSpan.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(endpoint, content);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        // The client's documents name the payload "result", whichever the mutation.
        var payload = json.RootElement.GetProperty("data").GetProperty("result");
        var result = payload.GetProperty("validationResult");
        if (result.GetProperty("validationStatus").GetString() == "Passed")
        {
            return (new HashSet<string>(), "Passed");
        }

        var error = result.GetProperty("error");
        var message = error.GetProperty("message").GetString() ?? "";
        var ids = RuleId().Matches(message).Select(m => m.Value).ToHashSet();
        // A failure for a reason that is no rule shows as its code, so that it cannot pass for agreement.
        if (error.GetProperty("code").GetString() is { } code && !code.StartsWith("TI", StringComparison.Ordinal))
        {
            ids.Add(code);
        }

        return (ids, "Failed: " + message);
    }

    [GeneratedRegex(@"^Case(\d+)\.")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"\bTI\d{4}(?=: )")]
    private static partial Regex RuleId();
}
