using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;

namespace TableImport.SourceGeneration.Tests;

/// <summary>
/// Half-typed code, as the IDE sees it between keystrokes, must never make the generator throw (CS8785). The sources
/// are mutated deterministically: a failure names the seed and iteration that reproduce it.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20240820;
    private const int Iterations = 1200;

    // Attribute arguments of every wrong kind: numbers for strings, strings for enums, types, nulls, out-of-range enums.
    private static readonly string[] ArgumentReplacements =
    [
        "42", "-1", "\"text\"", "\"\"", "null", "typeof(string)", "typeof(int[])", "true", "ModelType.Ranking",
        "(ModelType)99", "(ModelEnvironment)(-3)", "ColumnNaming.AsDeclared", "(ColumnNaming)7", "new[] { 1, 2 }",
        "nameof(System.String)", "1.5", "'c'", "default", "Missing.Constant", "\"a\" + \"b\"", "int.MaxValue", "",
        "EventBased = 3", "RowLimit = \"many\"", "ColumnNaming = null", "ModelVersion = 1", "x:", "= ,",
    ];

    [Fact]
    public void Mutated_sources_never_make_the_generator_throw()
    {
        string[] corpus = [.. JobSources.AllValid, JobSources.JobsWithErrors];
        var random = new Random(Seed);
        var baseCompilation = GeneratorRunner.CreateCompilation(ProjectSetup.Net100NullableEnabled).RemoveAllSyntaxTrees();
        var parseOptions = ProjectSetup.Net100NullableEnabled.ParseOptions;
        var failures = new List<string>();
        var generatedSomething = 0;

        for (var i = 0; i < Iterations; i++)
        {
            var source = corpus[random.Next(corpus.Length)];
            var mutations = 1 + random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                source = Mutate(source, random);
            }

            var compilation = baseCompilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, parseOptions, path: "Fuzz.cs"));
            var driver = GeneratorRunner.CreateDriver(ProjectSetup.Net100NullableEnabled)
                .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
            var result = driver.GetRunResult();

            var exception = result.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
            var crash = driverDiagnostics.Concat(result.Diagnostics).FirstOrDefault(d => d.Id is "CS8785" or "CS8784");
            if (exception is not null || crash is not null)
            {
                failures.Add($"iteration {i}: {exception?.ToString() ?? crash!.ToString()}\n--- source ---\n{source}");
                continue;
            }

            generatedSomething += result.GeneratedTrees.Length > 0 ? 1 : 0;
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Iterations} runs failed (seed {Seed}). First:\n{failures.FirstOrDefault()}");
        // A fuzzer whose every mutant stops the generator from seeing a job would prove nothing.
        Assert.True(generatedSomething > Iterations / 4, $"only {generatedSomething} runs generated anything");
    }

    internal static string Mutate(string source, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                return DeleteToken(source, random);
            case 1:
            case 2:
                return ReplaceAttributeArgument(source, random);
            case 3:
                return TruncateInsideMembers(source, random);
            default:
                return DeleteRange(source, random);
        }
    }

    private static string DeleteToken(string source, Random random)
    {
        var tokens = SyntaxFactory.ParseTokens(source).Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return source;
        }

        var token = tokens[random.Next(tokens.Count)];
        return source.Remove(token.SpanStart, token.Span.Length);
    }

    private static string ReplaceAttributeArgument(string source, Random random)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var arguments = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AttributeArgumentSyntax>().ToList();
        if (arguments.Count == 0)
        {
            return source;
        }

        var argument = arguments[random.Next(arguments.Count)];
        var replacement = ArgumentReplacements[random.Next(ArgumentReplacements.Length)];
        // Either the whole argument (name included) or just its value.
        var span = random.Next(2) == 0 ? argument.Span : argument.Expression.Span;
        return source.Remove(span.Start, span.Length).Insert(span.Start, replacement);
    }

    private static string TruncateInsideMembers(string source, Random random)
    {
        var start = source.IndexOf('[', source.IndexOf("partial", StringComparison.Ordinal) is var p and >= 0 ? p : 0);
        start = start < 0 ? 0 : start;
        return source[..(start + random.Next(source.Length - start))];
    }

    private static string DeleteRange(string source, Random random)
    {
        var start = random.Next(source.Length);
        var length = Math.Min(source.Length - start, 1 + random.Next(40));
        return new StringBuilder(source).Remove(start, length).ToString();
    }
}
