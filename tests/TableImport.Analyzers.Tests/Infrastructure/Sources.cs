namespace TableImport.Analyzers.Tests.Infrastructure;

/// <summary>Builds job sources that are valid except for what a test changes.</summary>
public static class Sources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using TableImport;

        public enum Color { Red, Green }

        """;

    public const string PredictionIdMember = "    [PredictionId] public string Id { get; set; } = \"\";\n";
    public const string PredictionTimestampMember = "    [PredictionTimestamp] public DateTime PredictedAt { get; set; }\n";
    public const string ChangeTimestampMember = "    [ChangeTimestamp] public DateTime ChangedAt { get; set; }\n";

    /// <summary>The prediction-side members of a valid job of the model type.</summary>
    public static string PredictionMembers(string modelType) => modelType switch
    {
        "ScoreCategorical" => "    [PredictionLabel] public string Label { get; set; } = \"\";\n",
        "Numeric" => "    [PredictionScore] public double Score { get; set; }\n",
        "Ranking" => "    [PredictionGroupId] public string Group { get; set; } = \"\";\n    [Rank] public int Position { get; set; }\n",
        "MultiClass" => "    [PredictionScores] public Dictionary<string, double> Predicted { get; set; } = new();\n",
        "ObjectDetection" => "    [PredictionBoundingBoxCoordinates] public List<List<double>> PredictedBoxes { get; set; } = new();\n",
        "GenerativeLlm" => "    [PredictionLabel] public string Response { get; set; } = \"\";\n",
        _ => throw new ArgumentOutOfRangeException(nameof(modelType)),
    };

    /// <summary>The actual-side members of a valid job of the model type.</summary>
    public static string ActualMembers(string modelType) => modelType switch
    {
        "ScoreCategorical" => "    [ActualLabel] public string? Actual { get; set; }\n",
        "Numeric" => "    [ActualScore] public double Actual { get; set; }\n",
        "Ranking" => "    [RelevanceScore] public double Relevance { get; set; }\n",
        "MultiClass" => "    [ActualScores] public Dictionary<string, double> Actual { get; set; } = new();\n",
        "ObjectDetection" => "    [ActualBoundingBoxCoordinates] public List<List<double>> ActualBoxes { get; set; } = new();\n",
        "GenerativeLlm" => "    [ActualLabel] public string Expected { get; set; } = \"\";\n",
        _ => throw new ArgumentOutOfRangeException(nameof(modelType)),
    };

    public static readonly string[] ModelTypes = ["ScoreCategorical", "Numeric", "Ranking", "MultiClass", "ObjectDetection", "GenerativeLlm"];

    public static readonly string[] Environments = ["Production", "Training", "Validation", "Tracing"];

    /// <summary>
    /// A job type. <paramref name="members"/> replaces the model's prediction and actual members when given; the
    /// id and both timestamps are always there unless <paramref name="common"/> says otherwise.
    /// </summary>
    public static string Job(
        string? members = null,
        string modelType = "ScoreCategorical",
        string environment = "Production",
        string jobArguments = "",
        string typeAttributes = "[BigQueryTable(\"project\", \"dataset\", \"table\")]",
        string declaration = "public partial class Job",
        string? common = null,
        string name = "Model")
    {
        if (environment == "Validation" && !jobArguments.Contains("BatchId"))
        {
            jobArguments += ", BatchId = \"batch-1\"";
        }

        members ??= PredictionMembers(modelType) + ActualMembers(modelType);
        common ??= PredictionIdMember + PredictionTimestampMember + ChangeTimestampMember;
        return Usings + $$"""
            [TableImportJob("{{name}}", ModelType.{{modelType}}, ModelEnvironment.{{environment}}{{jobArguments}})]
            {{typeAttributes}}
            {{declaration}}
            {
            {{common}}{{members}}}

            """;
    }
}
