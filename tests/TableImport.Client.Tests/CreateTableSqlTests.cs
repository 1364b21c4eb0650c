using DuckDB.NET.Data;
using TableImport.Emulator;

namespace TableImport.Client.Tests.CreateTableSql;

public enum Channel { Web, App }

/// <summary>Every member type the type table (docs/warehouse-types.md) maps, on a job in Databricks.</summary>
[TableImportJob("all-types", ModelType.MultiClass, ModelEnvironment.Production)]
[DatabricksTable("adb-1.azuredatabricks.net", "/sql/1.0/warehouses/w", "main", "ml", "all_types")]
public partial class AllTypes
{
    [PredictionId] public Guid Id { get; set; }
    [PredictionTimestamp] public DateTimeOffset PredictedAt { get; set; }
    [ChangeTimestamp] public DateTime ChangedAt { get; set; }
    [PredictionScores] public Dictionary<string, double> Scores { get; set; } = [];
    [Feature] public string Text { get; set; } = "";
    [Feature] public Channel Channel { get; set; }
    [Feature] public bool Flag { get; set; }
    [Feature] public byte Small { get; set; }
    [Feature] public int? Count { get; set; }
    [Feature] public long Big { get; set; }
    [Feature] public ulong Huge { get; set; }
    [Feature] public float Ratio { get; set; }
    public DateOnly Day { get; set; }
    [Feature] public List<string> Words { get; set; } = [];
    [EmbeddingFeature("vector", RawDataColumn = "caption", LinkToDataColumn = "image_url")] public float[] Vector { get; set; } = [];
    [Tag, ColumnName("odd \"name\" `here`")] public string Odd { get; set; } = "";
    [NotImported] public TimeSpan AppOnly { get; set; }

    // Members without a role are columns too; these cover the rest of the type table in DuckDB.
    public sbyte Tiny { get; set; }
    public short Short { get; set; }
    public ushort UShort { get; set; }
    public uint UInt { get; set; }
    public double Real { get; set; }
    public List<List<double>> Boxes { get; set; } = [];
    public DateTimeOffset[] Moments { get; set; } = [];
    public Dictionary<string, List<string>> Labels { get; set; } = [];
    public static string NotAColumn { get; set; } = "";
}

/// <summary>The generated <c>CreateTableSql</c>, read against the type above, in all four dialects; DuckDB's run for real.</summary>
public sealed class CreateTableSqlTests
{
    [Fact]
    public void Databricks_names_the_catalog_schema_and_table_and_types_each_member()
    {
        Assert.Equal(
            """
            CREATE TABLE IF NOT EXISTS `main`.`ml`.`all_types` (
                `id` STRING,
                `predicted_at` TIMESTAMP,
                `changed_at` TIMESTAMP_NTZ,
                `scores` MAP<STRING, DOUBLE>,
                `text` STRING,
                `channel` STRING,
                `flag` BOOLEAN,
                `small` SMALLINT,
                `count` INT,
                `big` BIGINT,
                `huge` DECIMAL(20,0),
                `ratio` FLOAT,
                `day` DATE,
                `words` ARRAY<STRING>,
                `vector` ARRAY<FLOAT>,
                `odd "name" ``here``` STRING,
                `tiny` TINYINT,
                `short` SMALLINT,
                `u_short` INT,
                `u_int` BIGINT,
                `real` DOUBLE,
                `boxes` ARRAY<ARRAY<DOUBLE>>,
                `moments` ARRAY<TIMESTAMP>,
                `labels` MAP<STRING, ARRAY<STRING>>,
                `caption` STRING,
                `image_url` STRING
            );
            """.ReplaceLineEndings("\n"),
            AllTypes.CreateTableSql(WarehouseDialect.Databricks));
    }

    [Fact]
    public void BigQuery_Snowflake_and_DuckDB_type_the_same_members_in_their_own_words()
    {
        var bigQuery = AllTypes.CreateTableSql(WarehouseDialect.BigQuery);
        var snowflake = AllTypes.CreateTableSql(WarehouseDialect.Snowflake);
        var duckDb = AllTypes.CreateTableSql(WarehouseDialect.DuckDb);

        Assert.StartsWith("CREATE TABLE IF NOT EXISTS `main`.`ml`.`all_types` (\n    `id` STRING,\n", bigQuery, StringComparison.Ordinal);
        Assert.Contains("\n    `scores` ARRAY<STRUCT<key STRING, value FLOAT64>>,\n", bigQuery, StringComparison.Ordinal);
        Assert.Contains("\n    `changed_at` DATETIME,\n    `scores`", bigQuery, StringComparison.Ordinal);
        Assert.Contains("\n    `huge` NUMERIC(20),\n", bigQuery, StringComparison.Ordinal);
        Assert.Contains("\n    `odd \"name\" \\`here\\`` STRING,\n", bigQuery, StringComparison.Ordinal);
        Assert.Contains("\n    `boxes` ARRAY<STRUCT<element ARRAY<FLOAT64>>>,\n", bigQuery, StringComparison.Ordinal);
        Assert.Contains("\n    `labels` ARRAY<STRUCT<key STRING, value ARRAY<STRING>>>,\n", bigQuery, StringComparison.Ordinal);

        Assert.StartsWith("CREATE TABLE IF NOT EXISTS \"main\".\"ml\".\"all_types\" (\n    \"id\" VARCHAR(36),\n    \"predicted_at\" TIMESTAMP_TZ,\n", snowflake, StringComparison.Ordinal);
        Assert.Contains("\n    \"scores\" OBJECT,\n", snowflake, StringComparison.Ordinal);
        Assert.Contains("\n    \"words\" ARRAY,\n    \"vector\" ARRAY,\n", snowflake, StringComparison.Ordinal);
        Assert.Contains("\n    \"odd \"\"name\"\" `here`\" VARCHAR,\n", snowflake, StringComparison.Ordinal);
        Assert.EndsWith("\n    \"caption\" VARCHAR,\n    \"image_url\" VARCHAR\n);", snowflake, StringComparison.Ordinal);

        Assert.StartsWith("CREATE SCHEMA IF NOT EXISTS \"ml\";\nCREATE TABLE IF NOT EXISTS \"ml\".\"all_types\" (\n", duckDb, StringComparison.Ordinal);
        Assert.DoesNotContain("app_only", duckDb + bigQuery + snowflake, StringComparison.Ordinal);
        Assert.DoesNotContain("not_a_column", duckDb + bigQuery + snowflake, StringComparison.Ordinal);
    }

    [Fact]
    public void DuckDB_creates_the_table_with_the_type_of_each_member()
    {
        var file = Path.Combine(Path.GetTempPath(), "tableimport-ddl-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            using var connection = new DuckDBConnection("Data Source=" + file);
            connection.Open();
            using (var create = connection.CreateCommand())
            {
                create.CommandText = AllTypes.CreateTableSql(WarehouseDialect.DuckDb);
                create.ExecuteNonQuery();
                // IF NOT EXISTS: creating the tables again, as every start of a local pipeline does, is harmless.
                create.ExecuteNonQuery();
            }

            var types = new Dictionary<string, string>();
            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'ml' AND table_name = 'all_types' ORDER BY ordinal_position";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    types.Add(reader.GetString(0), reader.GetString(1));
                }
            }

            Assert.Equal(
                new Dictionary<string, string>
                {
                    [AllTypes.Columns.Id] = "UUID",
                    [AllTypes.Columns.PredictedAt] = "TIMESTAMP WITH TIME ZONE",
                    [AllTypes.Columns.ChangedAt] = "TIMESTAMP",
                    [AllTypes.Columns.Scores] = "MAP(VARCHAR, DOUBLE)",
                    [AllTypes.Columns.Text] = "VARCHAR",
                    [AllTypes.Columns.Channel] = "VARCHAR",
                    [AllTypes.Columns.Flag] = "BOOLEAN",
                    [AllTypes.Columns.Small] = "UTINYINT",
                    [AllTypes.Columns.Count] = "INTEGER",
                    [AllTypes.Columns.Big] = "BIGINT",
                    [AllTypes.Columns.Huge] = "UBIGINT",
                    [AllTypes.Columns.Ratio] = "FLOAT",
                    [AllTypes.Columns.Day] = "DATE",
                    [AllTypes.Columns.Words] = "VARCHAR[]",
                    [AllTypes.Columns.Vector] = "FLOAT[]",
                    ["odd \"name\" `here`"] = "VARCHAR",
                    [AllTypes.Columns.Tiny] = "TINYINT",
                    [AllTypes.Columns.Short] = "SMALLINT",
                    [AllTypes.Columns.UShort] = "USMALLINT",
                    [AllTypes.Columns.UInt] = "UINTEGER",
                    [AllTypes.Columns.Real] = "DOUBLE",
                    [AllTypes.Columns.Boxes] = "DOUBLE[][]",
                    [AllTypes.Columns.Moments] = "TIMESTAMP WITH TIME ZONE[]",
                    [AllTypes.Columns.Labels] = "MAP(VARCHAR, VARCHAR[])",
                    ["caption"] = "VARCHAR",
                    ["image_url"] = "VARCHAR",
                },
                types);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_emulator_over_the_table_DuckDB_created_passes_the_jobs_dry_run()
    {
        var file = Path.Combine(Path.GetTempPath(), "tableimport-ddl-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            using (var connection = new DuckDBConnection("Data Source=" + file))
            {
                connection.Open();
                using var create = connection.CreateCommand();
                create.CommandText = AllTypes.CreateTableSql(WarehouseDialect.DuckDb);
                create.ExecuteNonQuery();
            }

            await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { Warehouse = file });
            var result = await harness.Client.DryRunAsync(AllTypes.TableImportJob);

            // Every role of the type (id, timestamps, scores map, features of eight types, the embedding's vector, raw
            // data and link, a tag) found its column, of a type the emulator accepts for the role.
            Assert.True(result.Passed, result.ErrorMessage);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_column_whose_type_has_no_faithful_column_type_is_refused_naming_the_column_and_TI0023()
    {
        // What generated code passes for a member the analyzer reported as TI0023 (a decimal): the token "Decimal".
        var exception = Assert.Throws<NotSupportedException>(
            () => WarehouseTables.CreateTableSql(WarehouseDialect.Snowflake, AllTypes.TableImportJob, "String id\nDecimal amount\n"));

        Assert.StartsWith("TI0023: column 'amount' of TableImport.Client.Tests.CreateTableSql.AllTypes has a C# type with no faithful Snowflake column type", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_lists_is_wrapped_in_a_record_on_BigQuery_which_has_no_array_of_arrays()
    {
        const string Columns = "Double[][] boxes\n";

        Assert.EndsWith("`boxes` ARRAY<STRUCT<element ARRAY<FLOAT64>>>\n);", WarehouseTables.CreateTableSql(WarehouseDialect.BigQuery, AllTypes.TableImportJob, Columns), StringComparison.Ordinal);
        Assert.EndsWith("`boxes` ARRAY<ARRAY<DOUBLE>>\n);", WarehouseTables.CreateTableSql(WarehouseDialect.Databricks, AllTypes.TableImportJob, Columns), StringComparison.Ordinal);
        Assert.EndsWith("\"boxes\" DOUBLE[][]\n);", WarehouseTables.CreateTableSql(WarehouseDialect.DuckDb, AllTypes.TableImportJob, Columns), StringComparison.Ordinal);
    }
}
