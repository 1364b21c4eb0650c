using Xunit;
using TableImport.SourceGeneration.Tests.Infrastructure;
namespace TableImport.SourceGeneration.Tests;

/// <summary>Inputs that once could make AddSource throw, or make the generated list warn.</summary>
public sealed class HintNameAndObsoleteTests
{
    private const string Members = """
        [TableImport.PredictionId] public string Id { get; set; } = "";
        [TableImport.PredictionLabel] public string Label { get; set; } = "";
        [TableImport.ChangeTimestamp] public System.DateTime Changed { get; set; }
        """;

    private static string Job(string declaration, string model, string attributes = "") => $$"""
        [TableImport.TableImportJob("{{model}}", TableImport.ModelType.ScoreCategorical, TableImport.ModelEnvironment.Production)]
        [TableImport.BigQueryTable("p", "d", "{{model}}")]
        {{attributes}}
        {{declaration}}
        {
        {{Members}}
        }
        """;

    [Fact]
    public void Types_whose_names_differ_only_in_case_or_type_parameters_get_one_file_each()
    {
        var source = $$"""
            namespace Jobs
            {
            {{Job("public partial class Fraud", "a")}}
            {{Job("public partial class FRAUD", "b")}}
            public partial class Outer<T>
            {
            {{Job("public partial class Job", "c")}}
            }
            public partial class Outer
            {
            {{Job("public partial class Job", "d")}}
            }
            }
            """;

        var (result, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, source);

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var jobFiles = GeneratorRunner.GeneratedSources(result).Keys.Where(k => k.Contains(".TableImportJob_", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, jobFiles.Length);
        Assert.Equal(4, jobFiles.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Empty(GeneratorRunner.Problems(output));
    }

    [Fact]
    public void Hint_names_are_stable_across_runs()
    {
        var source = "namespace Jobs {" + Job("public partial class Fraud", "a") + "}";
        var first = GeneratorRunner.GeneratedSources(GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, source).Result).Keys.Order();
        var second = GeneratorRunner.GeneratedSources(GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, source).Result).Keys.Order();
        Assert.Equal(first, second);
    }

    [Fact]
    public void An_obsolete_job_is_listed_without_a_warning_and_an_obsolete_error_job_is_left_out()
    {
        var source = $$"""
            namespace Jobs
            {
            {{Job("public partial class Retiring", "a", "[System.Obsolete(\"use Fraud\")]")}}
            {{Job("public partial class Retired", "b", "[System.Obsolete(\"gone\", true)]")}}
            {{Job("public partial class Current", "c")}}
            }
            """;

        var (result, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, source);

        Assert.Empty(GeneratorRunner.Problems(output));
        var all = GeneratorRunner.GeneratedSources(result)[Emitting.Emitter.AllJobsHintName];
        Assert.Contains("global::Jobs.Retiring.TableImportJob", all);
        Assert.Contains("global::Jobs.Current.TableImportJob", all);
        Assert.DoesNotContain("Retired", all);
    }

    [Fact]
    public void A_job_with_a_member_of_its_own_named_Columns_compiles_without_the_generated_Columns_class()
    {
        var source = "namespace Jobs {" + Job("public partial class Grid", "a").Replace("{\n", "{\n public string[] Columns { get; set; } = new string[0];\n") + "}";

        var (result, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, source);

        Assert.Empty(GeneratorRunner.Problems(output));
        var job = GeneratorRunner.GeneratedSources(result).Single(s => s.Key.StartsWith("Jobs.Grid.TableImportJob_", StringComparison.Ordinal)).Value;
        Assert.Contains("TableImportJob =>", job);
        Assert.DoesNotContain("static class Columns", job);
    }
}
