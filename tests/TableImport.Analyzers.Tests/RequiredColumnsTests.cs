using TableImport.Analyzers.Tests.Infrastructure;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>TI0008 over every model type × environment of the rulebook's table.</summary>
public class RequiredColumnsTests
{
    public enum Mapping { Both, PredictionOnly, ActualOnly, Neither }

    public static TheoryData<string, string, Mapping, bool> Rows()
    {
        var rows = new TheoryData<string, string, Mapping, bool>();
        foreach (var model in ModelTypes)
        {
            foreach (var environment in Environments)
            {
                foreach (var mapping in Enum.GetValues<Mapping>())
                {
                    rows.Add(model, environment, mapping, Expected(model, environment, mapping));
                }
            }
        }

        return rows;
    }

    // The rulebook's table, written out independently of the rule's code.
    private static bool Expected(string model, string environment, Mapping mapping)
    {
        if (environment == "Tracing")
        {
            return true;
        }

        var production = environment == "Production";
        return model switch
        {
            "GenerativeLlm" => !production && mapping is Mapping.PredictionOnly or Mapping.Neither,
            // "Same, and relevance required": relevance alone satisfies both halves outside production.
            "Ranking" when !production => mapping is Mapping.PredictionOnly or Mapping.Neither,
            _ => production ? mapping == Mapping.Neither : mapping != Mapping.Both,
        };
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Required_columns_by_model_type_and_environment(string model, string environment, Mapping mapping, bool fires)
    {
        var members = mapping switch
        {
            Mapping.Both => PredictionMembers(model) + ActualMembers(model),
            Mapping.PredictionOnly => PredictionMembers(model),
            Mapping.ActualOnly => ActualMembers(model),
            _ => "",
        };
        var source = Job(members: members, modelType: model, environment: environment, declaration: "public partial class {|#0:Job|}");
        return fires ? Verify.Analyzer(source, Verify.At("TI0008")) : Verify.Analyzer(source.Replace("{|#0:Job|}", "Job"));
    }

    [Fact]
    public Task Ranking_group_id_without_rank()
        => Verify.Analyzer(
            Job(modelType: "Ranking", declaration: "public partial class {|#0:Job|}",
                members: "    [PredictionGroupId] public string Group { get; set; } = \"\";\n"),
            Verify.At("TI0008", "Job type 'Job' (Ranking model, Production environment) cannot be imported: it is missing [Rank] (schema.rank), as ranked predictions need their rank; map the column that holds it."));

    [Fact]
    public Task Ranking_relevance_only_in_production_is_enough()
        => Verify.Analyzer(Job(modelType: "Ranking", members: ActualMembers("Ranking")));

    [Fact]
    public Task MultiClass_threshold_scores_need_prediction_scores()
        => Verify.Analyzer(
            Job(modelType: "MultiClass", declaration: "public partial class {|#0:Job|}",
                members: ActualMembers("MultiClass") + "    [ThresholdScores] public Dictionary<string, double> Thresholds { get; set; } = new();\n"),
            Verify.At("TI0008", "Job type 'Job' (MultiClass model, Production environment) cannot be imported: it is missing [PredictionScores] (schema.predictionScores), which [ThresholdScores] (schema.thresholdScores) requires; map the column that holds it."));
}
