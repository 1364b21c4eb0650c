using System.Reflection;
using System.Text.RegularExpressions;
using TableImport.Scaffolding;
using Xunit;
using Xunit.Abstractions;

namespace TableImport.Analyzers.Tests.Scaffolding;

/// <summary>
/// A job type from a DuckDB table's columns: it compiles with no diagnostic, its <c>CreateTableSql(DuckDb)</c> declares
/// the table's columns with the same types in the same order, and its roles are the ones the column names say.
/// </summary>
public sealed class TableScaffoldTests(ITestOutputHelper output)
{
    // As information_schema.columns spells them.
    private static readonly WarehouseColumn[] Scored =
    [
        new("prediction_id", "VARCHAR", isNullable: false),
        new("prediction_ts", "TIMESTAMP WITH TIME ZONE"),
        new("change_timestamp", "TIMESTAMP"),
        new("prediction_label", "VARCHAR"),
        new("prediction_score", "DECIMAL(18,2)"),
        new("actual_label", "VARCHAR"),
        new("model_version", "VARCHAR"),
        new("feature_amount", "DECIMAL(12,4)"),
        new("feature_words", "VARCHAR[]"),
        new("feature_count", "INTEGER"),
        new("tag_region", "VARCHAR"),
        new("day", "DATE"),
        new("session", "UUID"),
        new("scores_by_class", "MAP(VARCHAR, DOUBLE)"),
        new("boxes", "DOUBLE[][]"),
        new("image_vector", "FLOAT[]"),
        new("tiny", "TINYINT"), new("small", "SMALLINT"), new("big", "BIGINT"), new("huge", "UBIGINT"),
        new("u8", "UTINYINT"), new("u16", "USMALLINT"), new("u32", "UINTEGER"), new("ratio", "FLOAT"), new("flag", "BOOLEAN"),
        new("Odd Name", "DOUBLE"),
        new("rank", "INTEGER"),
        new("by_class_lists", "MAP(VARCHAR, DOUBLE[])"),
        new("nested_counts", "MAP(VARCHAR, MAP(VARCHAR, BIGINT))"),
        new("grid", "INTEGER[][]"),
        new("latency", "INTERVAL"),
        new("fixed_vector", "FLOAT[3]"),
        new("huge_count", "HUGEINT"),
        new("address", "STRUCT(street VARCHAR, city VARCHAR)"),
        new("precise_at", "TIMESTAMP_NS"),
        new("amounts", "DECIMAL(10,2)[]"),
    ];

    // The columns no member type gives back, each a comment of the file instead.
    private static readonly string[] Unsupported = ["INTERVAL", "FLOAT[3]", "HUGEINT", "STRUCT(street VARCHAR, city VARCHAR)", "TIMESTAMP_NS", "DECIMAL(10,2)[]"];

    [Fact]
    public void Each_column_is_a_member_whose_CreateTableSql_column_is_the_tables_own()
    {
        var scaffold = TableScaffolds.FromDuckDb(Request(), Scored);
        var source = JobScaffoldWriter.Write(scaffold);
        output.WriteLine(source);

        var assembly = ScaffoldCompiler.Compile(true, source);
        var type = assembly.GetType("Local.ScoredEvents")!;
        var sql = (string)type.GetMethod("CreateTableSql", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [WarehouseDialect.DuckDb])!;

        var declared = Regex.Matches(sql, "^    \"(?<name>[^\"]+)\" (?<type>.+?),?$", RegexOptions.Multiline).Select(m => (m.Groups["name"].Value, m.Groups["type"].Value)).ToList();
        var mappable = Scored.Where(c => !Unsupported.Contains(c.DataType)).Select(c => (c.Name, c.DataType)).ToList();
        Assert.Equal(mappable, declared);
        Assert.StartsWith("CREATE SCHEMA IF NOT EXISTS \"ml\";\nCREATE TABLE IF NOT EXISTS \"ml\".\"scored_events\" (", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_come_from_the_column_names_and_the_rest_are_left_without_one()
    {
        var scaffold = TableScaffolds.FromDuckDb(Request(), Scored);
        var job = Assert.Single(ScaffoldCompiler.Jobs(true, JobScaffoldWriter.Write(scaffold))).Value;

        Assert.Equal("prediction_id", job.Schema.PredictionId);
        Assert.Equal("prediction_ts", job.Schema.Timestamp);
        Assert.Equal("change_timestamp", job.Schema.ChangeTimestamp);
        Assert.Equal("prediction_label", job.Schema.PredictionLabel);
        Assert.Equal("prediction_score", job.Schema.PredictionScore);
        Assert.Equal("actual_label", job.Schema.ActualLabel);
        Assert.Equal("model_version", job.Schema.Version);
        Assert.Equal("feature_", job.Schema.Features);
        Assert.Null(job.Schema.FeaturesList);
        Assert.Equal("tag_", job.Schema.Tags);
        Assert.Equal("image_vector", Assert.Single(job.Schema.EmbeddingFeatures!).VectorCol);
        Assert.Equal("image", job.Schema.EmbeddingFeatures![0].FeatureName);
        // A score_categorical model takes no rank: the column stays a plain member (TI0009 otherwise).
        Assert.Null(job.Schema.Rank);
        Assert.Equal("<project id>", job.BigQueryTableConfig!.ProjectId);
        Assert.Equal("ml", job.BigQueryTableConfig.Dataset);
        Assert.Equal("scored_events", job.BigQueryTableConfig.TableName);
    }

    [Fact]
    public void Unsupported_columns_ignored_roles_and_placeholders_are_said_in_comments()
    {
        var source = JobScaffoldWriter.Write(TableScaffolds.FromDuckDb(Request(), Scored));

        Assert.Contains("// Column \"latency\" is INTERVAL, which no member type gives back in CreateTableSql", source, StringComparison.Ordinal);
        foreach (var column in Scored.Where(c => Unsupported.Contains(c.DataType)))
        {
            Assert.Contains($"// Column \"{column.Name}\" is {column.DataType}, which no member type gives back", source, StringComparison.Ordinal);
        }

        Assert.Contains("// Named like [Rank], which score_categorical models do not take (TI0009): left without a role.", source, StringComparison.Ordinal);
        Assert.Contains("[BigQueryTable(\"<project id>\", \"ml\", \"scored_events\")]", source, StringComparison.Ordinal);
        Assert.Contains("[Column(TypeName = \"decimal(18, 2)\")]\n        [PredictionScore]\n        public decimal? PredictionScore { get; set; }", source, StringComparison.Ordinal);
        Assert.Contains("public string PredictionId { get; set; } = \"\";", source, StringComparison.Ordinal);
        Assert.Contains("[ColumnName(\"Odd Name\")]\n        public double? OddName { get; set; }", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TableStore.Snowflake, "[SnowflakeTable(\"<account>\", \"<database>\", \"ml\", \"scored_events\")]")]
    [InlineData(TableStore.Databricks, "[DatabricksTable(\"<host>\", \"<endpoint>\", \"<catalog>\", \"ml\", \"scored_events\")]")]
    public void The_store_names_the_schema_and_table_with_placeholders_for_the_rest(TableStore store, string attribute)
    {
        var request = Request();
        request.Store = store;
        var source = JobScaffoldWriter.Write(TableScaffolds.FromDuckDb(request, Scored));

        Assert.Contains(attribute, source, StringComparison.Ordinal);
        var job = Assert.Single(ScaffoldCompiler.Jobs(true, source)).Value;
        Assert.Equal("\"ml\".\"scored_events\"", WarehouseTables.QualifiedName(WarehouseDialect.DuckDb, job));
    }

    [Fact]
    public void A_table_without_the_columns_a_job_needs_says_what_it_still_needs()
    {
        var scaffold = TableScaffolds.FromDuckDb(Request(), [new("id", "VARCHAR"), new("score", "DOUBLE"), new("updated", "TIMESTAMP")]);
        var source = JobScaffoldWriter.Write(scaffold);

        Assert.Contains("// Arize would refuse this job as it stands: TI0003 at schema.predictionId:", source, StringComparison.Ordinal);
        Assert.Contains("// Arize would refuse this job as it stands: TI0004 at schema.changeTimestamp:", source, StringComparison.Ordinal);
        Assert.Contains("public string Id { get; set; } = \"\";", source, StringComparison.Ordinal);
    }

    private static TableScaffoldRequest Request() => new()
    {
        ModelName = "scored-events", ModelType = ModelType.ScoreCategorical, Environment = ModelEnvironment.Production,
        SchemaName = "ml", TableName = "scored_events", Namespace = "Local",
    };
}
