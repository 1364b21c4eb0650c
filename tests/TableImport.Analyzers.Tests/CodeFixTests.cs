using TableImport.Analyzers.Tests.Infrastructure;
using TableImport.CodeFixes;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>
/// Every code fix, each on a document with two occurrences: the test framework applies the fix one diagnostic at a
/// time and also through Fix All (document, project, solution), and both must reach the fixed source.
/// </summary>
public class CodeFixTests
{
    private static string Two(string first, string second) => first + second.Replace(Usings, "");

    [Fact]
    public Task TI0001_adds_partial()
        => Verify.CodeFix<AddPartialCodeFixProvider>(
            Two(Job(declaration: "public class {|#0:Job|}"), Job(declaration: "class {|#1:Job2|}", name: "Other")),
            Two(Job(declaration: "public partial class Job"), Job(declaration: "partial class Job2", name: "Other")),
            null,
            Verify.At("TI0001", 0), Verify.At("TI0001", 1));

    [Fact]
    public Task TI0001_adds_partial_to_the_containing_type_too()
        => Verify.CodeFix<AddPartialCodeFixProvider>(
            Usings + """
            public static class {|#0:Outer|}
            {
                [TableImportJob("Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
                [BigQueryTable("p", "d", "t")]
                public record {|#1:Job|}
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionTimestamp] public DateTime PredictedAt { get; set; }
                    [ChangeTimestamp] public DateTime ChangedAt { get; set; }
                    [PredictionLabel] public string Label { get; set; } = "";
                }
            }
            """,
            Usings + """
            public static partial class Outer
            {
                [TableImportJob("Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
                [BigQueryTable("p", "d", "t")]
                public partial record Job
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionTimestamp] public DateTime PredictedAt { get; set; }
                    [ChangeTimestamp] public DateTime ChangedAt { get; set; }
                    [PredictionLabel] public string Label { get; set; } = "";
                }
            }
            """,
            null,
            Verify.At("TI0001", 0), Verify.At("TI0001", 1));

    [Fact]
    public Task TI0003_marks_the_prediction_id_member()
        => Verify.CodeFix<MarkMemberCodeFixProvider>(
            Two(
                Job(declaration: "public partial class {|#0:Job|}", common: "    public string PredictionId { get; set; } = \"\";\n" + PredictionTimestampMember + ChangeTimestampMember),
                Job(declaration: "public partial class {|#1:Job2|}", name: "Other", common: "    public long Id;\n" + PredictionTimestampMember + ChangeTimestampMember)),
            Two(
                Job(common: "    [PredictionId]\n    public string PredictionId { get; set; } = \"\";\n" + PredictionTimestampMember + ChangeTimestampMember),
                Job(declaration: "public partial class Job2", name: "Other", common: "    [PredictionId]\n    public long Id;\n" + PredictionTimestampMember + ChangeTimestampMember)),
            "TI0003",
            Verify.At("TI0003", 0), Verify.At("TI0003", 1));

    [Fact]
    public Task TI0004_marks_the_only_unmapped_date_time_member()
        => Verify.CodeFix<MarkMemberCodeFixProvider>(
            Two(
                Job(declaration: "public partial class {|#0:Job|}", common: PredictionIdMember + PredictionTimestampMember + "    public DateTime UpdatedAt { get; set; }\n"),
                Job(declaration: "public partial class {|#1:Job2|}", name: "Other", common: PredictionIdMember + PredictionTimestampMember + "    /// <summary>When the row last changed.</summary>\n    public DateTimeOffset Modified;\n")),
            Two(
                Job(common: PredictionIdMember + PredictionTimestampMember + "    [ChangeTimestamp]\n    public DateTime UpdatedAt { get; set; }\n"),
                Job(declaration: "public partial class Job2", name: "Other", common: PredictionIdMember + PredictionTimestampMember + "    /// <summary>When the row last changed.</summary>\n    [ChangeTimestamp]\n    public DateTimeOffset Modified;\n")),
            "TI0004",
            Verify.At("TI0004", 0), Verify.At("TI0004", 1));

    [Fact]
    public Task TI0005_marks_the_only_unmapped_date_time_member()
        => Verify.CodeFix<MarkMemberCodeFixProvider>(
            Two(
                Job(declaration: "public partial class {|#0:Job|}", common: PredictionIdMember + ChangeTimestampMember + "    public DateTime ScoredAt { get; set; }\n"),
                Job(declaration: "public partial class {|#1:Job2|}", name: "Other", common: PredictionIdMember + ChangeTimestampMember + "    public DateOnly Day { get; set; }\n")),
            Two(
                Job(common: PredictionIdMember + ChangeTimestampMember + "    [PredictionTimestamp]\n    public DateTime ScoredAt { get; set; }\n"),
                Job(declaration: "public partial class Job2", name: "Other", common: PredictionIdMember + ChangeTimestampMember + "    [PredictionTimestamp]\n    public DateOnly Day { get; set; }\n")),
            "TI0005",
            Verify.At("TI0005", 0), Verify.At("TI0005", 1));

    [Fact]
    public Task TI0009_removes_the_disallowed_role()
        => Verify.CodeFix<RemoveAttributeCodeFixProvider>(
            Two(
                Job(members: PredictionMembers("ScoreCategorical") + "    [{|#0:Rank|}]\n    public int Position { get; set; }\n"),
                Job(declaration: "public partial class Job2", name: "Other", members: PredictionMembers("ScoreCategorical") + "    [ColumnName(\"relevance\"), {|#1:RelevanceScore|}] public double Relevance { get; set; }\n")),
            Two(
                Job(members: PredictionMembers("ScoreCategorical") + "    public int Position { get; set; }\n"),
                Job(declaration: "public partial class Job2", name: "Other", members: PredictionMembers("ScoreCategorical") + "    [ColumnName(\"relevance\")] public double Relevance { get; set; }\n")),
            "TI0009",
            Verify.At("TI0009", 0), Verify.At("TI0009", 1));

    [Fact]
    public Task TI0013_writes_the_prefixed_column_name()
        => Verify.CodeFix<AddColumnNameCodeFixProvider>(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[FeaturePrefix(\"feature_\")]",
                members: PredictionMembers("ScoreCategorical")
                         + "    [Feature] public string {|#0:Color|} { get; set; } = \"\";\n"
                         + "    [Feature, ColumnName({|#1:\"region\"|})] public string Region { get; set; } = \"\";\n"),
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[FeaturePrefix(\"feature_\")]",
                members: PredictionMembers("ScoreCategorical")
                         + "    [ColumnName(\"feature_color\")]\n    [Feature] public string Color { get; set; } = \"\";\n"
                         + "    [Feature, ColumnName(\"feature_region\")] public string Region { get; set; } = \"\";\n"),
            "TI0013",
            Verify.At("TI0013", 0), Verify.At("TI0013", 1));

    [Fact]
    public Task TI0014_marks_the_member_as_the_tag_it_will_be()
        => Verify.CodeFix<MarkMemberCodeFixProvider>(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[TagPrefix(\"tag_\")]",
                members: PredictionMembers("ScoreCategorical") + "    public string {|#0:TagRegion|} { get; set; } = \"\";\n    public string {|#1:TagCity|} { get; set; } = \"\";\n"),
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[TagPrefix(\"tag_\")]",
                members: PredictionMembers("ScoreCategorical") + "    [Tag]\n    public string TagRegion { get; set; } = \"\";\n    [Tag]\n    public string TagCity { get; set; } = \"\";\n"),
            "TI0014:Role",
            Verify.At("TI0014", 0), Verify.At("TI0014", 1));

    [Fact]
    public Task TI0014_leaves_the_member_out()
        => Verify.CodeFix<MarkMemberCodeFixProvider>(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[FeaturePrefix(\"f_\")]",
                members: PredictionMembers("ScoreCategorical") + "    public double {|#0:FAmount|} { get; set; }\n    public double {|#1:FCount|} { get; set; }\n"),
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[FeaturePrefix(\"f_\")]",
                members: PredictionMembers("ScoreCategorical") + "    [NotImported]\n    public double FAmount { get; set; }\n    [NotImported]\n    public double FCount { get; set; }\n"),
            "TI0014:NotImported",
            Verify.At("TI0014", 0), Verify.At("TI0014", 1));

    [Fact]
    public Task TI0020_removes_the_ignored_role()
        => Verify.CodeFix<RemoveAttributeCodeFixProvider>(
            Usings + """
            public class Row
            {
                [{|#0:PredictionId|}]
                public string Id { get; set; } = "";

                [ColumnName("c"), {|#1:Feature|}] public string Color { get; set; } = "";
            }
            """,
            Usings + """
            public class Row
            {
                public string Id { get; set; } = "";

                [ColumnName("c")] public string Color { get; set; } = "";
            }
            """,
            "TI0020",
            Verify.At("TI0020", 0), Verify.At("TI0020", 1));
}
