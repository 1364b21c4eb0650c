using TableImport.Analyzers.Tests.Infrastructure;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>Each rule fires on its exact span, and stays quiet on a near miss.</summary>
public class RuleTests
{
    [Fact]
    public Task TI0001_job_type_not_partial()
        => Verify.Analyzer(Job(declaration: "public class {|#0:Job|}"), Verify.At("TI0001"));

    [Fact]
    public Task TI0001_containing_type_not_partial()
        => Verify.Analyzer(Usings + """
            public class {|#0:Outer|}
            {
                [TableImportJob("Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
                [BigQueryTable("p", "d", "t")]
                public partial class Job
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionTimestamp] public DateTime PredictedAt { get; set; }
                    [ChangeTimestamp] public DateTime ChangedAt { get; set; }
                    [PredictionLabel] public string Label { get; set; } = "";
                }
            }
            """, Verify.At("TI0001"));

    [Fact]
    public Task TI0001_near_miss_partial_record_nested_in_partial_type()
        => Verify.Analyzer(Usings + """
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
            """);

    [Fact]
    public Task TI0002_generic_job_type()
        => Verify.Analyzer(Job(declaration: "public partial class {|#0:Job|}<T>"), Verify.At("TI0002"));

    [Fact]
    public Task TI0002_job_type_nested_in_generic_type()
        => Verify.Analyzer(Usings + """
            public partial class Outer<T>
            {
                [TableImportJob("Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
                [BigQueryTable("p", "d", "t")]
                public partial class {|#0:Job|}
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionTimestamp] public DateTime PredictedAt { get; set; }
                    [ChangeTimestamp] public DateTime ChangedAt { get; set; }
                    [PredictionLabel] public string Label { get; set; } = "";
                }
            }
            """, Verify.At("TI0002", "Outer<T>.Job"));

    [Fact]
    public Task TI0002_near_miss_generic_member_type()
        => Verify.Analyzer(Job(members: PredictionMembers("ScoreCategorical") + "    public List<string> Names { get; set; } = new();\n"));

    [Fact]
    public Task TI0003_no_prediction_id()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", common: PredictionTimestampMember + ChangeTimestampMember),
            Verify.At("TI0003"));

    [Fact]
    public Task TI0003_near_miss_prediction_id_on_a_field()
        => Verify.Analyzer(Job(common: "    [PredictionId] public long Id;\n" + PredictionTimestampMember + ChangeTimestampMember));

    [Fact]
    public Task TI0004_no_change_timestamp()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", common: PredictionIdMember + PredictionTimestampMember),
            Verify.At("TI0004"));

    [Fact]
    public Task TI0004_near_miss_change_timestamp_inherited_from_base()
        => Verify.Analyzer(Usings + """
            public abstract class Row
            {
                [ChangeTimestamp] public DateTimeOffset ChangedAt { get; set; }
            }

            [TableImportJob("Model", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t")]
            public partial class Job : Row
            {
                [PredictionId] public string Id { get; set; } = "";
                [PredictionTimestamp] public DateTime PredictedAt { get; set; }
                [PredictionLabel] public string Label { get; set; } = "";
            }
            """);

    [Fact]
    public Task TI0005_no_prediction_timestamp_is_a_warning()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", common: PredictionIdMember + ChangeTimestampMember),
            Verify.At("TI0005").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task TI0005_near_miss_epoch_timestamp()
        => Verify.Analyzer(Job(common: PredictionIdMember + ChangeTimestampMember + "    [PredictionTimestamp] public long EpochMillis { get; set; }\n"));

    [Fact]
    public Task TI0006_single_valued_role_twice()
        => Verify.Analyzer(
            Job(members: "    [PredictionLabel] public string Label { get; set; } = \"\";\n    [{|#0:PredictionLabel|}] public string Label2 { get; set; } = \"\";\n"),
            Verify.At("TI0006"));

    [Fact]
    public Task TI0006_near_miss_two_features()
        => Verify.Analyzer(Job(members: PredictionMembers("ScoreCategorical") + "    [Feature] public string A { get; set; } = \"\";\n    [Feature] public string B { get; set; } = \"\";\n"));

    [Fact]
    public Task TI0007_two_members_same_column()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [Feature] public string Region { get; set; } = \"\";\n    [Feature, ColumnName({|#0:\"region\"|})] public string Area { get; set; } = \"\";\n"),
            Verify.At("TI0007"));

    [Fact]
    public Task TI0007_near_miss_excluded_member_with_same_column()
        => Verify.Analyzer(Job(members: PredictionMembers("ScoreCategorical") + "    [Feature] public string Region { get; set; } = \"\";\n    [NotImported, ColumnName(\"region\")] public string Area { get; set; } = \"\";\n"));

    [Fact]
    public Task TI0007_one_member_in_two_roles()
        => Verify.Analyzer(
            Job(members: "    [PredictionLabel, {|#0:ActualLabel|}] public string Label { get; set; } = \"\";\n"),
            Verify.At("TI0007",
                "Job type 'Job' maps column 'label' twice, as [PredictionLabel] (schema.predictionLabel) of member 'Label' and as "
                + "[ActualLabel] (schema.actualLabel) of member 'Label'; a column plays one role, so remove one of the two attributes."));

    [Fact]
    public Task TI0008_missing_required_columns()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", environment: "Training", members: PredictionMembers("ScoreCategorical")),
            Verify.At("TI0008",
                "Job type 'Job' (ScoreCategorical model, Training environment) cannot be imported: it is missing an actual column "
                + "([ActualLabel] (schema.actualLabel) or [ActualScore] (schema.actualScore)); map the column that holds it."));

    [Fact]
    public Task TI0008_near_miss_production_needs_only_one_side()
        => Verify.Analyzer(Job(members: ActualMembers("ScoreCategorical")));

    [Fact]
    public Task TI0009_role_not_allowed_for_model_type()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [{|#0:Rank|}] public int Position { get; set; }\n"),
            Verify.At("TI0009"));

    [Fact]
    public Task TI0009_label_on_multi_class()
        => Verify.Analyzer(
            Job(modelType: "MultiClass", members: PredictionMembers("MultiClass") + "    [{|#0:PredictionLabel|}] public string Label { get; set; } = \"\";\n"),
            Verify.At("TI0009"));

    [Fact]
    public Task TI0009_near_miss_rank_on_ranking()
        => Verify.Analyzer(Job(modelType: "Ranking"));

    [Fact]
    public Task TI0010_member_type_cannot_hold_role()
        => Verify.Analyzer(
            Job(members: "    [PredictionLabel] public DateTime {|#0:Label|} { get; set; }\n"),
            Verify.At("TI0010", "Label", "DateTime", "PredictionLabel", "string, bool, a numeric type or an enum", "Job"));

    [Fact]
    public Task TI0010_near_miss_nullable_enum_label()
        => Verify.Analyzer(Job(members: "    [PredictionLabel] public Color? Label { get; set; }\n"));

    [Fact]
    public Task TI0011_no_table()
        => Verify.Analyzer(Job(declaration: "public partial class {|#0:Job|}", typeAttributes: ""), Verify.At("TI0011"));

    [Fact]
    public Task TI0011_two_tables()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[{|#0:SnowflakeTable(\"a\", \"db\", \"s\", \"t\")|}]"),
            Verify.At("TI0011"));

    [Fact]
    public Task TI0011_empty_coordinate()
        => Verify.Analyzer(Job(typeAttributes: "[{|#0:BigQueryTable(\"p\", \" \", \"t\")|}]"), Verify.At("TI0011"));

    [Fact]
    public Task TI0011_near_miss_databricks_without_optional_port()
        => Verify.Analyzer(Job(typeAttributes: "[DatabricksTable(\"host\", \"/sql/1.0/w\", \"main\", \"default\", \"t\")]"));

    [Fact]
    public Task TI0012_event_based_on_bigquery()
        => Verify.Analyzer(Job(jobArguments: ", {|#0:EventBased = true|}"), Verify.At("TI0012"));

    [Fact]
    public Task TI0012_near_miss_event_based_on_snowflake()
        => Verify.Analyzer(Job(jobArguments: ", EventBased = true", typeAttributes: "[SnowflakeTable(\"a\", \"db\", \"s\", \"t\")]"));

    [Fact]
    public Task TI0013_feature_without_prefix()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[FeaturePrefix(\"feature_\")]",
                members: PredictionMembers("ScoreCategorical") + "    [Feature] public string {|#0:Color|} { get; set; } = \"\";\n"),
            Verify.At("TI0013"));

    [Fact]
    public Task TI0013_tag_without_prefix()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[TagPrefix(\"tag_\")]",
                members: PredictionMembers("ScoreCategorical") + "    [Tag] public string {|#0:Region|} { get; set; } = \"\";\n"),
            Verify.At("TI0013", "Tag", "Region", "region", "tag_", "Job", "tag"));

    [Fact]
    public Task TI0013_near_miss_prefixed_feature()
        => Verify.Analyzer(Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[FeaturePrefix(\"feature_\")]",
            members: PredictionMembers("ScoreCategorical") + "    [Feature] public string FeatureColor { get; set; } = \"\";\n"));

    [Fact]
    public Task TI0014_unmarked_member_with_tag_prefix()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[TagPrefix(\"tag_\")]",
                members: PredictionMembers("ScoreCategorical") + "    public string {|#0:TagRegion|} { get; set; } = \"\";\n"),
            Verify.At("TI0014").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task TI0014_near_miss_not_imported()
        => Verify.Analyzer(Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[TagPrefix(\"tag_\")]",
            members: PredictionMembers("ScoreCategorical") + "    [NotImported] public string TagRegion { get; set; } = \"\";\n"));

    [Fact]
    public Task TI0015_feature_ending_in_shap()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [Feature] public double {|#0:AmountShap|} { get; set; }\n"),
            Verify.At("TI0015"));

    [Fact]
    public Task TI0015_reserved_llm_tag()
        => Verify.Analyzer(
            Job(modelType: "GenerativeLlm", members: PredictionMembers("GenerativeLlm") + "    [Tag, ColumnName({|#0:\"total_token_count\"|})] public int Tokens { get; set; }\n"),
            Verify.At("TI0015"));

    [Fact]
    public Task TI0015_reserved_llm_tag_in_any_case_on_any_model_type()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [Tag, ColumnName({|#0:\"Response_Latency_MS\"|})] public int Latency { get; set; }\n"),
            Verify.At("TI0015"));

    [Fact]
    public Task TI0015_near_miss_reserved_name_as_a_feature()
        => Verify.Analyzer(Job(modelType: "GenerativeLlm", members: PredictionMembers("GenerativeLlm") + "    [Feature] public int TotalTokenCount { get; set; }\n"));

    [Fact]
    public Task TI0016_validation_without_batch_id()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", environment: "Validation", jobArguments: ", BatchId = null"),
            Verify.At("TI0016"));

    [Fact]
    public Task TI0016_near_miss_batch_id_column()
        => Verify.Analyzer(Job(environment: "Validation", jobArguments: ", BatchId = null",
            members: PredictionMembers("ScoreCategorical") + ActualMembers("ScoreCategorical") + "    [BatchIdColumn] public string Batch { get; set; } = \"\";\n"));

    [Fact]
    public Task TI0017_row_limit_below_one()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[{|#0:IngestionParameters(RowLimit = 0, QueryWindowSizeHours = 0)|}]"),
            Verify.At("TI0017", "RowLimit = 0 (tableIngestionParameters.rowLimit) of job type 'Job' is out of range; it must be at least 1."));

    [Fact]
    public Task TI0017_refresh_interval_zero()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[{|#0:IngestionParameters(RefreshIntervalMinutes = 0)|}]"),
            Verify.At("TI0017", "RefreshIntervalMinutes = 0 (tableIngestionParameters.refreshIntervalMinutes) of job type 'Job' is out of range; it must be at least 1."));

    [Fact]
    public Task TI0017_negative_query_window()
        => Verify.Analyzer(
            Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[{|#0:IngestionParameters(QueryWindowSizeHours = -1)|}]"),
            Verify.At("TI0017", "QueryWindowSizeHours = -1 (tableIngestionParameters.queryWindowSizeHours) of job type 'Job' is out of range; it must be 0 (no upper bound) or more."));

    [Fact]
    public Task TI0017_near_miss_zero_query_window()
        => Verify.Analyzer(Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[IngestionParameters(RowLimit = 1, RefreshIntervalMinutes = 1, QueryWindowSizeHours = 0)]"));

    [Fact]
    public Task TI0018_whitespace_model_name()
        => Verify.Analyzer(Usings + """
            [TableImportJob({|#0:"  "|}, ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t")]
            public partial class Job
            {
                [PredictionId] public string Id { get; set; } = "";
                [PredictionTimestamp] public DateTime PredictedAt { get; set; }
                [ChangeTimestamp] public DateTime ChangedAt { get; set; }
                [PredictionLabel] public string Label { get; set; } = "";
            }
            """, Verify.At("TI0018"));

    [Fact]
    public Task TI0018_empty_prefix()
        => Verify.Analyzer(Job(typeAttributes: "[BigQueryTable(\"p\", \"d\", \"t\")]\n[TagPrefix({|#0:\"\"|})]"), Verify.At("TI0018"));

    [Fact]
    public Task TI0018_empty_column_name()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [Feature, ColumnName({|#0:\"\"|})] public string Region { get; set; } = \"\";\n"),
            Verify.At("TI0018", "The column name of member 'Region' (schema.featuresList) of job type 'Job' is empty or whitespace; Arize needs a name here, so write one."));

    [Fact]
    public Task TI0018_empty_embedding_feature_name()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [{|#0:EmbeddingFeature(\" \")|}] public float[] Vector { get; set; } = [];\n"),
            Verify.At("TI0018"));

    [Fact]
    public Task TI0018_near_miss_model_name_with_spaces_inside()
        => Verify.Analyzer(Job(name: " My Model "));

    [Fact]
    public Task TI0019_same_job_declared_twice()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}")
            + Job(declaration: "public partial class {|#1:Job2|}").Replace(Usings, ""),
            Verify.At("TI0019", 0), Verify.At("TI0019", 1));

    [Fact]
    public Task TI0019_snowflake_tables_in_two_databases()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", typeAttributes: "[SnowflakeTable(\"acct\", \"SALES\", \"ML\", \"SCORES\")]")
            + Job(declaration: "public partial class {|#1:Job2|}", typeAttributes: "[SnowflakeTable(\"acct\", \"MARKETING\", \"ML\", \"SCORES\")]").Replace(Usings, ""),
            Verify.At("TI0019", 0).WithArguments(
                "Job type 'Job' declares the same job as 'Job2' (model 'Model', Production environment, Snowflake table 'SCORES'). Arize reports a Snowflake "
                + "job's table by its name only, not its account, database or schema, so it cannot tell the two apart once created, and registration would "
                + "create or update one job for both. Change the model name, environment or table name of one of them."),
            Verify.At("TI0019", 1));

    [Fact]
    public Task TI0019_near_miss_bigquery_tables_in_two_datasets()
        => Verify.Analyzer(
            Job(declaration: "public partial class Job", typeAttributes: "[BigQueryTable(\"p\", \"sales\", \"scores\")]")
            + Job(declaration: "public partial class Job2", typeAttributes: "[BigQueryTable(\"p\", \"marketing\", \"scores\")]").Replace(Usings, ""));

    [Fact]
    public Task TI0019_near_miss_same_model_other_environment()
        => Verify.Analyzer(
            Job(declaration: "public partial class Job")
            + Job(declaration: "public partial class Job2", environment: "Training").Replace(Usings, ""));

    [Fact]
    public Task TI0020_role_on_a_type_without_job_attribute()
        => Verify.Analyzer(Usings + """
            public class Row
            {
                [{|#0:PredictionId|}] public string Id { get; set; } = "";
            }
            """, Verify.At("TI0020").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Fact]
    public Task TI0020_near_miss_column_name_on_a_plain_type()
        => Verify.Analyzer(Usings + """
            public class Row
            {
                [ColumnName("id")] public string Id { get; set; } = "";
            }
            """);

    [Fact]
    public Task TI0021_role_on_static_member()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [ModelVersion] public static string {|#0:Version|} { get; set; } = \"\";\n"),
            Verify.At("TI0021"));

    [Fact]
    public Task TI0021_role_on_write_only_property()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    private string _v = \"\";\n    [ModelVersion] public string {|#0:Version|} { set { _v = value; } }\n"),
            Verify.At("TI0021"));

    [Fact]
    public Task TI0021_role_on_indexer()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [ModelVersion] public string {|#0:this|}[int index] => \"\";\n"),
            Verify.At("TI0021", "this[]", "Job", "an indexer"));

    [Fact]
    public Task TI0021_near_miss_init_only_property()
        => Verify.Analyzer(Job(members: PredictionMembers("ScoreCategorical") + "    [ModelVersion] public string Version { get; init; } = \"\";\n"));

    [Fact]
    public Task TI0022_thirty_one_embedding_features()
        => Verify.Analyzer(Job(members: PredictionMembers("ScoreCategorical") + Embeddings(31, markLast: true)), Verify.At("TI0022"));

    [Fact]
    public Task TI0022_near_miss_thirty_embedding_features()
        => Verify.Analyzer(Job(members: PredictionMembers("ScoreCategorical") + Embeddings(30, markLast: false)));

    [Fact]
    public Task TI0023_decimal_has_no_faithful_column_type()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    [Feature] public decimal {|#0:Amount|} { get; set; }\n"),
            Verify.At("TI0023", "Amount", "Job", "decimal", "BigQuery", "amount",
                "[Column(TypeName = \"decimal(18, 2)\")] or EF Core's [Precision(18, 2)] with the precision and scale its values need, or double, since a decimal's scale varies value by value while the warehouse fixes it per column"));

    [Fact]
    public Task TI0023_time_span_on_a_member_without_a_role()
        => Verify.Analyzer(
            Job(typeAttributes: "[SnowflakeTable(\"a\", \"db\", \"s\", \"t\")]", members: PredictionMembers("ScoreCategorical") + "    public TimeSpan {|#0:Latency|} { get; set; }\n"),
            Verify.At("TI0023"));

    [Fact]
    public Task TI0023_near_miss_a_type_that_does_not_compile_is_left_to_the_compiler()
        => Verify.Analyzer(
            Job(members: PredictionMembers("ScoreCategorical") + "    public List<{|#0:Missing|}> Things { get; set; } = new();\n"),
            Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS0246").WithLocation(0).WithArguments("Missing"));

    [Fact]
    public Task TI0023_a_dictionary_of_decimal_gets_the_decimal_advice()
        => Verify.Analyzer(
            Job(modelType: "MultiClass", members: "    [PredictionScores] public Dictionary<string, decimal> {|#0:Predicted|} { get; set; } = new();\n"),
            Verify.At("TI0023", "Predicted", "Job", "Dictionary<string, decimal>", "BigQuery", "predicted",
                "double, since a decimal's scale varies value by value while the warehouse fixes it per column"));

    [Fact]
    public Task TI0023_near_miss_excluded_member_and_common_mapped_types()
        => Verify.Analyzer(Job(
            modelType: "MultiClass",
            typeAttributes: "[DatabricksTable(\"h\", \"e\", \"c\", \"s\", \"t\")]",
            members: PredictionMembers("MultiClass") + """
                    [NotImported] public decimal Amount { get; set; }
                    [Feature] public double Price { get; set; }
                    [Feature] public List<string> Words { get; set; } = new();
                    [Feature] public ulong Huge { get; set; }
                    public Guid Session { get; set; }
                    public DateOnly Day { get; set; }
                    [EmbeddingFeature("v")] public float[] Vector { get; set; } = new float[0];

                """));

    private static string Embeddings(int count, bool markLast)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            var attribute = $"EmbeddingFeature(\"e{i}\")";
            if (markLast && i == count)
            {
                attribute = "{|#0:" + attribute + "|}";
            }

            builder.Append($"    [{attribute}] public float[] Vector{i} {{ get; set; }} = [];\n");
        }

        return builder.ToString();
    }
}
