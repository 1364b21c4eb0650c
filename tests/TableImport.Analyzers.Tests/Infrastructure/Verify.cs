using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TableImport.SourceGeneration.Diagnostics;

namespace TableImport.Analyzers.Tests.Infrastructure;

/// <summary>Runs the analyzer (and a code fix) over test sources compiled against .NET 10 and the TableImport assembly.</summary>
public static class Verify
{
    // The reference pack comes from Basic.Reference.Assemblies rather than a NuGet download at test time.
    private static readonly ReferenceAssemblies References = new("net10.0");

    private static readonly Dictionary<string, DiagnosticSeverity> Severities =
        new TableImportAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id, d => d.DefaultSeverity);

    /// <summary>
    /// A result that checks id, severity and span; the message is only compared when a test adds
    /// <c>WithArguments</c>, so that rewording a message does not break every test.
    /// </summary>
    public static DiagnosticResult Diagnostic(string id)
        => new DiagnosticResult(id, Severities[id]).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>The diagnostic <paramref name="id"/> on the span marked <c>{|#0:...|}</c>.</summary>
    public static DiagnosticResult At(string id, int markup = 0) => Diagnostic(id).WithLocation(markup);

    /// <summary>Like <c>At(id)</c>, also checking the message arguments against the rule's message format.</summary>
    public static DiagnosticResult At(string id, params string[] arguments)
        => CSharpAnalyzerVerifier<TableImportAnalyzer, DefaultVerifier>.Diagnostic(id).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithLocation(0).WithArguments(arguments);

    public static Task Analyzer(string source, params DiagnosticResult[] expected)
        => Analyzer(source, configure: null, expected);

    public static async Task Analyzer(string source, Action<AnalyzerTest<DefaultVerifier>>? configure, params DiagnosticResult[] expected)
    {
        // Replaying a rule test for its source (see RuleCases) runs nothing.
        if (Recorded.Value is { } recorded)
        {
            recorded.Add(source);
            return;
        }

        var test = new CSharpAnalyzerTest<TableImportAnalyzer, DefaultVerifier> { TestCode = source };
        Configure(test.TestState);
        test.ReferenceAssemblies = References;
        test.ExpectedDiagnostics.AddRange(expected);
        configure?.Invoke(test);
        await test.RunAsync();
    }

    /// <summary>The sources <paramref name="test"/> would verify, without verifying them.</summary>
    public static IReadOnlyList<string> SourcesOf(Func<Task> test)
    {
        var sources = new List<string>();
        Recorded.Value = sources;
        try
        {
            test().GetAwaiter().GetResult();
        }
        finally
        {
            Recorded.Value = null;
        }

        return sources;
    }

    private static readonly AsyncLocal<List<string>?> Recorded = new();

    public static async Task CodeFix<TFix>(string source, string fixedSource, string? equivalenceKey, params DiagnosticResult[] expected)
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TableImportAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            ReferenceAssemblies = References,
        };
        Configure(test.TestState);
        Configure(test.FixedState);
        Configure(test.BatchFixedState);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static void Configure(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TableImportJobAttribute).Assembly.Location));
    }
}
