using TableImport.Analyzers.Tests.Infrastructure;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>TI0010 over every role of the rulebook's table, with allowed and disallowed C# types.</summary>
public class MemberTypeTests
{
    public static TheoryData<string, string, string, bool> Rows() => new()
    {
        // role, model type, C# type, allowed
        { "PredictionId", "ScoreCategorical", "string", true },
        { "PredictionId", "ScoreCategorical", "Guid", true },
        { "PredictionId", "ScoreCategorical", "int", true },
        { "PredictionId", "ScoreCategorical", "long?", true },
        { "PredictionId", "ScoreCategorical", "DateTime", false },
        { "PredictionId", "ScoreCategorical", "double", false },
        { "PredictionGroupId", "Ranking", "string", true },
        { "PredictionGroupId", "Ranking", "ulong", true },
        { "PredictionGroupId", "Ranking", "bool", false },
        { "PredictionTimestamp", "ScoreCategorical", "DateTime", true },
        { "PredictionTimestamp", "ScoreCategorical", "DateTimeOffset", true },
        { "PredictionTimestamp", "ScoreCategorical", "DateOnly", true },
        { "PredictionTimestamp", "ScoreCategorical", "long", true },
        { "PredictionTimestamp", "ScoreCategorical", "double", true },
        { "PredictionTimestamp", "ScoreCategorical", "DateTime?", true },
        { "PredictionTimestamp", "ScoreCategorical", "int", false },
        { "PredictionTimestamp", "ScoreCategorical", "string", false },
        { "ChangeTimestamp", "ScoreCategorical", "DateTime", true },
        { "ChangeTimestamp", "ScoreCategorical", "DateTimeOffset?", true },
        { "ChangeTimestamp", "ScoreCategorical", "DateOnly", true },
        { "ChangeTimestamp", "ScoreCategorical", "long", false },
        { "ChangeTimestamp", "ScoreCategorical", "string", false },
        { "PredictionLabel", "ScoreCategorical", "string", true },
        { "PredictionLabel", "ScoreCategorical", "bool", true },
        { "PredictionLabel", "ScoreCategorical", "int", true },
        { "PredictionLabel", "ScoreCategorical", "Color", true },
        { "PredictionLabel", "ScoreCategorical", "DateTime", false },
        { "PredictionLabel", "ScoreCategorical", "Guid", false },
        { "ActualLabel", "GenerativeLlm", "string", true },
        { "ActualLabel", "GenerativeLlm", "List<string>", false },
        { "ActualLabel", "Numeric", "double", true },
        { "ActualLabel", "Numeric", "decimal?", true },
        { "ActualLabel", "Numeric", "string", false },
        { "ActualLabel", "Numeric", "bool", false },
        { "PredictionScore", "Numeric", "double", true },
        { "PredictionScore", "Numeric", "float", true },
        { "PredictionScore", "Numeric", "int", true },
        { "PredictionScore", "Numeric", "string", false },
        { "ActualScore", "ScoreCategorical", "decimal?", true },
        { "ActualScore", "ScoreCategorical", "bool", false },
        { "RelevanceScore", "Ranking", "double", true },
        { "RelevanceScore", "Ranking", "string", false },
        { "RelevanceLabel", "Ranking", "string", true },
        { "RelevanceLabel", "Ranking", "DateTime", false },
        { "Rank", "Ranking", "int", true },
        { "Rank", "Ranking", "short", true },
        { "Rank", "Ranking", "double", false },
        { "Rank", "Ranking", "string", false },
        { "PredictionScores", "MultiClass", "Dictionary<string, double>", true },
        { "PredictionScores", "MultiClass", "IReadOnlyDictionary<string, float>", true },
        { "PredictionScores", "MultiClass", "Dictionary<int, double>", false },
        { "PredictionScores", "MultiClass", "List<double>", false },
        { "ActualScores", "MultiClass", "Dictionary<string, decimal>", true },
        { "ActualScores", "MultiClass", "Dictionary<string, string>", false },
        { "ThresholdScores", "MultiClass", "Dictionary<string, double>", true },
        { "ThresholdScores", "MultiClass", "double", false },
        { "Feature", "ScoreCategorical", "string", true },
        { "Feature", "ScoreCategorical", "bool", true },
        { "Feature", "ScoreCategorical", "long", true },
        { "Feature", "ScoreCategorical", "Color", true },
        { "Feature", "ScoreCategorical", "DateTime", true },
        { "Feature", "ScoreCategorical", "DateTimeOffset", true },
        { "Feature", "ScoreCategorical", "List<string>", true },
        { "Feature", "ScoreCategorical", "string[]", true },
        { "Feature", "ScoreCategorical", "Guid", false },
        { "Feature", "ScoreCategorical", "List<int>", false },
        { "Feature", "ScoreCategorical", "DateOnly", false },
        { "Tag", "ScoreCategorical", "string", true },
        { "Tag", "ScoreCategorical", "double", true },
        { "Tag", "ScoreCategorical", "DateTimeOffset", true },
        { "Tag", "ScoreCategorical", "List<string>", false },
        { "Tag", "ScoreCategorical", "Guid", false },
        { "EmbeddingFeature(\"e\")", "ScoreCategorical", "float[]", true },
        { "EmbeddingFeature(\"e\")", "ScoreCategorical", "List<double>", true },
        { "EmbeddingFeature(\"e\")", "ScoreCategorical", "double", false },
        { "EmbeddingFeature(\"e\")", "ScoreCategorical", "string[]", false },
        { "ModelVersion", "ScoreCategorical", "string", true },
        { "ModelVersion", "ScoreCategorical", "int", false },
        { "BatchIdColumn", "ScoreCategorical", "string", true },
        { "BatchIdColumn", "ScoreCategorical", "Guid", false },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public Task Member_type_by_role(string role, string modelType, string type, bool allowed)
    {
        var roleName = role.Split('(')[0];
        var member = $"    [{role}] public {type} {{|#0:Value|}} {{ get; set; }} = default!;\n";
        var common = string.Concat(new[] { PredictionIdMember, PredictionTimestampMember, ChangeTimestampMember }
            .Where(line => !line.Contains("[" + roleName + "]")));
        var others = string.Concat((PredictionMembers(modelType) + ActualMembers(modelType))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.Contains("[" + roleName + "]"))
            .Select(line => line + "\n"));
        // About TI0010 only: whether a decimal has a warehouse column type (TI0023) has its own tests.
        var source = "#pragma warning disable TI0023\n" + Job(members: others + member, modelType: modelType, common: common);
        return allowed
            ? Verify.Analyzer(source.Replace("{|#0:Value|}", "Value"))
            : Verify.Analyzer(source, Verify.At("TI0010"));
    }
}
