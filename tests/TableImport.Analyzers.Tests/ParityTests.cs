using TableImport.Analyzers.Tests.Infrastructure;
using Xunit;

namespace TableImport.Analyzers.Tests;

/// <summary>
/// The test that keeps the judges from drifting apart again: every case of the analyzer's rule tests is also built by
/// the generator, judged by <c>Validate()</c> on the definition it emits and sent to the emulator's dry run, and the
/// three verdicts must agree — on every Arize rule (all three), on advice (the analyzer and <c>Validate()</c>; the
/// emulator, like Arize, accepts advice), and on the valid jobs (none of them says anything).
/// </summary>
public sealed class ParityTests(ParityRun run) : IClassFixture<ParityRun>
{
    /// <summary>The rule-test cases a definition cannot stand for, and why. Every other case is judged.</summary>
    public static readonly IReadOnlyDictionary<string, string> Absent = new Dictionary<string, string>
    {
        ["TI0001_job_type_not_partial"] = "a C# rule: the generator cannot add TableImportJob to a type that is not partial, so there is no definition",
        ["TI0001_containing_type_not_partial"] = "a C# rule: the generator cannot add to a containing type that is not partial, so there is no definition",
        ["TI0002_generic_job_type"] = "a C# rule: a generic type stands for no one job, so there is no definition",
        ["TI0002_job_type_nested_in_generic_type"] = "a C# rule: a type nested in a generic type stands for no one job, so there is no definition",
        ["TI0011_two_tables"] = "the generator emits only the first of two table attributes, so the definition has one table (two table configs are judged on a hand-built definition in ValidateTests)",
        ["TI0014_unmarked_member_with_tag_prefix"] = "advice about a member without a role: a definition carries only the columns that have one",
        ["TI0019_same_job_declared_twice"] = "TI0019 judges two job types of a compilation, not one definition; at run time the registrar refuses them (Hosting tests)",
        ["TI0019_snowflake_tables_in_two_databases"] = "TI0019 judges two job types of a compilation, not one definition; at run time the registrar refuses them (Hosting tests)",
        ["TI0019_near_miss_same_model_other_environment"] = "two job types in one case: parity judges one definition per case",
        ["TI0019_near_miss_bigquery_tables_in_two_datasets"] = "two job types in one case: parity judges one definition per case",
        ["TI0020_role_on_a_type_without_job_attribute"] = "a C# rule about a type without [TableImportJob]: there is no job, so no definition",
        ["TI0020_near_miss_column_name_on_a_plain_type"] = "a type without [TableImportJob]: there is no job, so no definition",
        ["TI0023_near_miss_a_type_that_does_not_compile_is_left_to_the_compiler"] = "the case does not compile on purpose (CS0246), so the generated definition cannot be loaded",
    };

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var rule in Cases())
        {
            names.Add(rule.Name);
        }

        return names;
    }

    public static IEnumerable<RuleCase> Cases() => RuleCases.All.Where(c => !Absent.ContainsKey(c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_analyzer_Validate_and_the_emulator_agree(string name)
    {
        var verdict = run[name];
        var arizeRules = verdict.Validate.Where(ParityRun.ArizeRules.Contains).ToHashSet();

        Assert.True(verdict.Analyzer.SetEquals(verdict.Validate), name + ": the analyzer and Validate() disagree\n" + verdict.Details);
        Assert.True(verdict.Emulator.SetEquals(arizeRules), name + ": Validate() and the emulator disagree on the Arize rules\n" + verdict.Details);

        // A case that tests an engine rule must show it, or the agreement above could be three silences.
        var id = name.Length >= 6 && name.StartsWith("TI", StringComparison.Ordinal) ? name[..6] : null;
        if (id is not null && !name.Contains("near_miss", StringComparison.Ordinal) && (ParityRun.ArizeRules.Contains(id) || ParityRun.Advice.Contains(id)))
        {
            Assert.True(verdict.Validate.Contains(id), name + ": the case is about " + id + " but no judge reported it\n" + verdict.Details);
        }
    }

    [Fact]
    public void Every_rule_test_case_is_judged_or_says_why_not()
    {
        var names = RuleCases.All.Select(c => c.Name).ToHashSet();

        Assert.All(Absent.Keys, name => Assert.Contains(name, names));
        Assert.Contains("TI0008_missing_required_columns", names);
        Assert.Contains("Required_columns_by_model_type_and_environment(MultiClass, Training, PredictionOnly, True)", names);
        Assert.Contains("Valid_job_has_no_diagnostics(Ranking, Validation)", names);
    }

    [Fact]
    public void The_issues_three_cases_fail_in_all_three_judges()
    {
        // A multi-class job in training with prediction scores only; a ranking job in training without relevance; and a
        // job without a change timestamp: build errors that the emulator's dry run used to pass.
        foreach (var (name, id) in new[]
        {
            ("Required_columns_by_model_type_and_environment(MultiClass, Training, PredictionOnly, True)", "TI0008"),
            ("Required_columns_by_model_type_and_environment(Ranking, Training, PredictionOnly, True)", "TI0008"),
            ("TI0004_no_change_timestamp", "TI0004"),
        })
        {
            var verdict = run[name];
            Assert.Contains(id, verdict.Analyzer);
            Assert.Contains(id, verdict.Validate);
            Assert.Contains(id, verdict.Emulator);
        }
    }
}
