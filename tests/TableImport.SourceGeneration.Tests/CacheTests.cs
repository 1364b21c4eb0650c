using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;
using Names = TableImport.SourceGeneration.TableImportGenerator.TrackingNames;

namespace TableImport.SourceGeneration.Tests;

/// <summary>The incremental pipeline reuses its work: what did not change is not regenerated.</summary>
public sealed class CacheTests
{
    private static readonly string[] OurSteps = [Names.Jobs, Names.Facts, Names.JobsWithFacts, Names.ListedJobs, Names.AllJobs];

    private const string UnrelatedFile = """
        namespace Shop.Services
        {
            public sealed class Clock
            {
                public int Ticks { get; set; }

                public int Tick(int by)
                {
                    Ticks += by;
                    return Ticks;
                }
            }
        }
        """;

    private static readonly ProjectSetup Setup = ProjectSetup.Net100NullableEnabled;

    [Fact]
    public void Same_compilation_twice_leaves_every_output_cached()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, JobSources.MultiClass, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);

        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.NotEmpty(second.TrackedOutputSteps);
        Assert.All(OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(OurSteps.SelectMany(name => StepReasons(second, name)), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_cloned_compilation_reruns_only_the_cheap_facts_step_and_leaves_every_output_cached()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, JobSources.MultiClass, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        Assert.All(OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(StepReasons(second, Names.Facts), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(StepReasons(second, Names.Jobs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_an_unrelated_file_leaves_every_job_output_cached_or_unchanged()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, JobSources.MultiClass, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);

        var edited = Replace(compilation, 2, UnrelatedFile.Replace("public int Ticks", "public long Ticks"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(OutputReasons(second), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output was {reason}"));
        Assert.All(StepReasons(second, Names.Jobs), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"job model was {reason}"));
        Assert.Equal(2, StepReasons(second, Names.JobsWithFacts).Count);
    }

    // The IDE's commonest edits: text moves above a job (its locations change, nothing it generates does), or a method body
    // changes elsewhere. Job models carry no location into the pipeline, so each re-run ends in an equal value.
    [Theory]
    [InlineData("a blank line above the job", "namespace Support.Jobs\n{\n", "namespace Support.Jobs\n{\n\n")]
    [InlineData("a comment above the job", "namespace Support.Jobs\n{\n", "namespace Support.Jobs\n{\n    // Routed by queue.\n")]
    [InlineData("lines added above the namespace", "using TableImport;\n", "using TableImport;\nusing System.Linq;\n\n")]
    public void Moving_a_job_down_regenerates_nothing(string edit, string before, string after)
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, JobSources.MultiClass, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);
        var moved = JobSources.MultiClass.ReplaceLineEndings("\n").Replace(before, after, StringComparison.Ordinal);
        Assert.NotEqual(JobSources.MultiClass.ReplaceLineEndings("\n"), moved);

        var second = driver.RunGenerators(Replace(compilation, 1, moved)).GetRunResult().Results.Single();

        AssertNothingRegenerated(second, edit);
    }

    [Fact]
    public void Editing_a_method_body_in_another_file_regenerates_nothing()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, JobSources.MultiClass, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);
        var edited = UnrelatedFile.Replace("Ticks += by;", "Ticks += 2 * by;", StringComparison.Ordinal);
        Assert.NotEqual(UnrelatedFile, edited);

        var second = driver.RunGenerators(Replace(compilation, 2, edited)).GetRunResult().Results.Single();

        AssertNothingRegenerated(second, "a method body edited in another file");
    }

    private static void AssertNothingRegenerated(GeneratorRunResult result, string edit)
    {
        var outputs = OutputReasons(result);
        Assert.Equal(3, outputs.Count); // two job files and TableImportJobs.All
        Assert.All(outputs, reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"after {edit} an output was {reason}"));
        Assert.All(StepReasons(result, Names.Jobs), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"after {edit} a job model was {reason}"));
        Assert.All(StepReasons(result, Names.JobsWithFacts), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"after {edit} a job's emit input was {reason}"));
    }

    [Fact]
    public void Editing_one_jobs_member_regenerates_only_that_job_and_leaves_All_cached()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, JobSources.MultiClass, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);

        var edited = Replace(compilation, 1, JobSources.MultiClass.Replace("public DateTime RoutedAt", "public DateTime RoutedAtUtc"));
        var result = driver.RunGenerators(edited).GetRunResult();
        var second = result.Results.Single();

        var jobOutputs = StepReasons(second, Names.JobsWithFacts);
        Assert.Equal(1, jobOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, jobOutputs.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(StepReasons(second, Names.AllJobs), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"All was {reason}"));
        Assert.Equal(1, OutputReasons(second).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains("routed_at_utc", GeneratorRunner.GeneratedSources(result).Single(s => s.Key.StartsWith("Support.Jobs.TicketRouting.TableImportJob_", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Adding_a_job_regenerates_All()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, JobSources.ArchitectureExample, UnrelatedFile);
        var driver = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(JobSources.MultiClass, Setup.ParseOptions, path: "Added.cs"));
        var result = driver.RunGenerators(edited).GetRunResult();

        Assert.Contains(IncrementalStepRunReason.Modified, StepReasons(result.Results.Single(), Names.AllJobs));
        Assert.Contains("global::Support.Jobs.TicketRouting.TableImportJob,", GeneratorRunner.GeneratedSources(result)[Emitting.Emitter.AllJobsHintName]);
    }

    [Fact]
    public void Pipeline_values_hold_no_symbols_syntax_locations_location_infos_or_compilations()
    {
        var compilation = GeneratorRunner.CreateCompilation(Setup, [.. JobSources.AllValid, JobSources.JobsWithErrors]);
        var result = GeneratorRunner.CreateDriver(Setup).RunGenerators(compilation).GetRunResult().Results.Single();

        var walked = 0;
        foreach (var name in OurSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} was not tracked");
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    AssertHoldsNoCompilationState(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                    walked++;
                }
            }
        }

        Assert.True(walked > 10, "the walk saw too few values to mean anything");
    }

    // LocationInfo too: plain data, but it changes whenever text moves, and then the job's file would be written again.
    private static readonly Type[] Forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(Model.LocationInfo)];

    private static void AssertHoldsNoCompilationState(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        var forbidden = Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type));
        Assert.True(forbidden is null, $"{path} holds a {forbidden?.Name} ({type.FullName})");
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                AssertHoldsNoCompilationState(item, $"{path}[{i++}]", seen);
            }
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                AssertHoldsNoCompilationState(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }

    private static Compilation Replace(Compilation compilation, int index, string newText)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(newText, Setup.ParseOptions, path: old.FilePath));
    }

    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(step => step.Outputs).Select(o => o.Reason).ToList();

    private static List<IncrementalStepRunReason> StepReasons(GeneratorRunResult result, string stepName)
        => result.TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(o => o.Reason).ToList()
            : [];
}
