using System.Text;

namespace TableImport.Benchmarks;

/// <summary>
/// A synthetic user project of N job types, one file per type, each with 30 members: the roles a score-categorical
/// model needs, 17 features, 4 tags, a [NotImported] helper and a [ColumnName] override, plus a table attribute. Every
/// fourth type is a Snowflake job with upper snake case and feature/tag lists; the rest are BigQuery jobs with prefixes
/// and ingestion parameters. Two unrelated files (a service with method bodies and a DTO) stand for the rest of the app.
/// The project compiles without a warning and without a TI diagnostic (checked by the facts run).
/// </summary>
internal static class SyntheticProject
{
    public const string UnrelatedPath = "Services/Clock.cs";

    public const int MembersPerType = 30;

    private static readonly string[] FeatureWords =
    [
        "Amount", "Country", "Merchant", "Channel", "DeviceAge", "AccountAge", "Velocity", "Distance", "Hour",
        "Weekday", "CardType", "Currency", "Category", "PriorDeclines", "Balance", "Income", "CreditScore",
    ];

    private static readonly string[] TagWords = ["Region", "Team", "Experiment", "Cohort"];

    public const string UnrelatedFile = """
        using System;
        using System.Collections.Generic;
        using System.Linq;

        namespace Shop.Services
        {
            public sealed class Clock
            {
                private readonly List<DateTime> ticks = new();

                public int Ticks { get; set; }

                public void Tick(DateTime now)
                {
                    ticks.Add(now);
                    Ticks = ticks.Count(t => t.Year == now.Year);
                }

                public TimeSpan Span() => ticks.Count < 2 ? TimeSpan.Zero : ticks.Max() - ticks.Min();
            }
        }
        """;

    public const string OtherFile = """
        namespace Shop.Services
        {
            public sealed record Order(string Id, decimal Total, string Currency);
        }
        """;

    public static string TypeName(int i) => $"Transactions{i:D4}";

    public static string PathOf(int i) => $"Jobs/{TypeName(i)}.cs";

    /// <summary>The files of the project, as (path, text); the jobs first, in order, then the two unrelated files.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(int jobCount)
    {
        var files = new List<(string, string)>(jobCount + 2);
        for (var i = 0; i < jobCount; i++)
        {
            files.Add((PathOf(i), JobType(i)));
        }

        files.Add((UnrelatedPath, UnrelatedFile));
        files.Add(("Services/Order.cs", OtherFile));
        return files;
    }

    /// <summary>One job type's file; <paramref name="edit"/> renames one feature member (the "keystroke" of the incremental benchmark).</summary>
    public static string JobType(int i, bool edit = false)
    {
        var snowflake = i % 4 == 3;
        var b = new StringBuilder(4096);
        b.Append("using System;\nusing TableImport;\n\nnamespace Shop.Jobs.Group").Append(i / 100).Append("\n{\n");
        b.Append("    /// <summary>Scored transactions of model ").Append(i).Append(".</summary>\n");
        if (snowflake)
        {
            b.Append("    [TableImportJob(\"fraud-model-").Append(i).Append("\", ModelType.ScoreCategorical, ModelEnvironment.Production, ColumnNaming = ColumnNaming.UpperSnakeCase)]\n");
            b.Append("    [SnowflakeTable(\"contoso\", \"ML\", \"SCORING\", \"TRANSACTIONS_").Append(i).Append("\")]\n");
        }
        else
        {
            b.Append("    [TableImportJob(\"fraud-model-").Append(i).Append("\", ModelType.ScoreCategorical, ModelEnvironment.Production, ModelVersion = \"v").Append(i % 7).Append("\")]\n");
            b.Append("    [BigQueryTable(\"contoso-ml\", \"scoring\", \"transactions_").Append(i).Append("\")]\n");
            b.Append("    [FeaturePrefix(\"feature_\")]\n    [TagPrefix(\"tag_\")]\n");
            b.Append("    [IngestionParameters(RowLimit = 100000, RefreshIntervalMinutes = 60)]\n");
        }

        b.Append("    public partial class ").Append(TypeName(i)).Append("\n    {\n");
        // 8 role members.
        b.Append("        [PredictionId] public string PredictionId { get; set; } = \"\";\n");
        b.Append("        [PredictionTimestamp] public DateTime PredictionTs { get; set; }\n");
        b.Append("        [ChangeTimestamp] public DateTime ChangedAt { get; set; }\n");
        b.Append("        [PredictionLabel] public string Prediction { get; set; } = \"\";\n");
        b.Append("        [PredictionScore] public double Score { get; set; }\n");
        b.Append("        [ActualLabel] public string? Actual { get; set; }\n");
        b.Append("        [ActualScore] [ColumnName(\"").Append(snowflake ? "ACTUAL_SCORE_VALUE" : "actual_score_value").Append("\")] public double? ActualScore { get; set; }\n");
        b.Append("        [ModelVersion] public string ModelVersion { get; set; } = \"\";\n");
        // 17 features.
        for (var f = 0; f < FeatureWords.Length; f++)
        {
            var name = "Feature" + FeatureWords[f] + (edit && f == 0 ? "s" : "");
            var type = (f % 3) switch { 0 => "double", 1 => "string?", _ => "int" };
            b.Append("        [Feature] public ").Append(type).Append(' ').Append(name).Append(" { get; set; }\n");
        }

        // 4 tags.
        foreach (var tag in TagWords)
        {
            b.Append("        [Tag] public string? Tag").Append(tag).Append(" { get; set; }\n");
        }

        // Not imported.
        b.Append("        [NotImported] public string? Notes { get; set; }\n");
        b.Append("    }\n}\n");
        return b.ToString();
    }

    /// <summary>A <c>JsonSerializerContext</c> naming every job type, for System.Text.Json's generator.</summary>
    public static string JsonContext(int jobCount)
    {
        var b = new StringBuilder(jobCount * 80);
        b.Append("using System.Text.Json.Serialization;\n\nnamespace Shop.Serialization\n{\n");
        for (var i = 0; i < jobCount; i++)
        {
            b.Append("    [JsonSerializable(typeof(global::Shop.Jobs.Group").Append(i / 100).Append('.').Append(TypeName(i)).Append("))]\n");
        }

        b.Append("    public partial class ShopJsonContext : JsonSerializerContext\n    {\n    }\n}\n");
        return b.ToString();
    }
}
