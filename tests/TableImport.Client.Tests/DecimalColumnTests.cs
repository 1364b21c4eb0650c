using System.ComponentModel.DataAnnotations.Schema;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using TableImport.Emulator;

namespace Microsoft.EntityFrameworkCore
{
    /// <summary>EF Core's attribute as EF Core declares it: the generator knows it by namespace and name, not by reference.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class PrecisionAttribute : Attribute
    {
        public PrecisionAttribute(int precision, int scale) => (Precision, Scale) = (precision, scale);

        public PrecisionAttribute(int precision) => Precision = precision;

        public int Precision { get; }

        public int? Scale { get; }
    }
}

namespace TableImport.Client.Tests.CreateTableSql
{
    /// <summary>Decimals with a declared precision, the two ways EF Core users declare one, as scores and features.</summary>
    [TableImportJob("priced", ModelType.Numeric, ModelEnvironment.Production)]
    [BigQueryTable("acme", "pricing", "quotes")]
    public partial class PricedQuote
    {
        [PredictionId] public string QuoteId { get; set; } = "";
        [PredictionTimestamp] public DateTimeOffset QuotedAt { get; set; }
        [ChangeTimestamp] public DateTimeOffset ChangedAt { get; set; }
        [PredictionScore, Column(TypeName = "decimal(18, 2)")] public decimal Price { get; set; }
        [ActualScore, Precision(12, 4)] public decimal? Paid { get; set; }
        [Feature, Precision(9)] public decimal Units { get; set; }
        [Feature, Column("rate_bp", TypeName = "NUMERIC(38, 12)")] public decimal Rate { get; set; }
    }

    /// <summary>A decimal's declared precision is <c>DECIMAL(p,s)</c> in every dialect (<c>NUMERIC</c>, or beyond it <c>BIGNUMERIC</c>, in BigQuery).</summary>
    public sealed class DecimalColumnTests
    {
        [Fact]
        public void Each_dialect_declares_the_precision_and_scale()
        {
            Assert.EndsWith(
                "`price` NUMERIC(18,2),\n    `paid` NUMERIC(12,4),\n    `units` NUMERIC(9,0),\n    `rate_bp` BIGNUMERIC(38,12)\n);",
                PricedQuote.CreateTableSql(WarehouseDialect.BigQuery),
                StringComparison.Ordinal);
            foreach (var dialect in new[] { WarehouseDialect.Snowflake, WarehouseDialect.Databricks, WarehouseDialect.DuckDb })
            {
                var sql = PricedQuote.CreateTableSql(dialect);
                var quote = dialect == WarehouseDialect.Databricks ? "`" : "\"";
                Assert.EndsWith(
                    $"{quote}price{quote} DECIMAL(18,2),\n    {quote}paid{quote} DECIMAL(12,4),\n    {quote}units{quote} DECIMAL(9,0),\n    {quote}rate_bp{quote} DECIMAL(38,12)\n);",
                    sql,
                    StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("Decimal(0,0)")]
        [InlineData("Decimal(39,2)")]
        [InlineData("Decimal(10,11)")]
        [InlineData("Decimal(-1,0)")]
        public void A_precision_no_warehouse_takes_is_refused_as_TI0023_says(string token)
        {
            foreach (var dialect in new[] { WarehouseDialect.BigQuery, WarehouseDialect.Snowflake, WarehouseDialect.Databricks, WarehouseDialect.DuckDb })
            {
                var exception = Assert.Throws<NotSupportedException>(() => WarehouseTables.CreateTableSql(dialect, PricedQuote.TableImportJob, token + " amount\n"));
                Assert.StartsWith("TI0023: column 'amount'", exception.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void A_scale_of_38_is_refused_by_Snowflake_alone()
        {
            const string Columns = "Decimal(38,38) ratio\n";

            Assert.Throws<NotSupportedException>(() => WarehouseTables.CreateTableSql(WarehouseDialect.Snowflake, PricedQuote.TableImportJob, Columns));
            Assert.EndsWith("\"ratio\" DECIMAL(38,38)\n);", WarehouseTables.CreateTableSql(WarehouseDialect.DuckDb, PricedQuote.TableImportJob, Columns), StringComparison.Ordinal);
            Assert.EndsWith("`ratio` BIGNUMERIC(38,38)\n);", WarehouseTables.CreateTableSql(WarehouseDialect.BigQuery, PricedQuote.TableImportJob, Columns), StringComparison.Ordinal);
        }

        [Fact]
        public async Task DuckDB_creates_the_decimal_columns_and_the_emulator_takes_them_for_scores_and_features()
        {
            var file = Path.Combine(Path.GetTempPath(), "tableimport-decimal-" + Guid.NewGuid().ToString("N") + ".duckdb");
            try
            {
                var types = new Dictionary<string, string>();
                using (var connection = new DuckDBConnection("Data Source=" + file))
                {
                    connection.Open();
                    using var create = connection.CreateCommand();
                    create.CommandText = PricedQuote.CreateTableSql(WarehouseDialect.DuckDb);
                    create.ExecuteNonQuery();
                    using var read = connection.CreateCommand();
                    read.CommandText = "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'pricing' AND table_name = 'quotes'";
                    using var reader = read.ExecuteReader();
                    while (reader.Read())
                    {
                        types[reader.GetString(0)] = reader.GetString(1);
                    }
                }

                Assert.Equal("DECIMAL(18,2)", types[PricedQuote.Columns.Price]);
                Assert.Equal("DECIMAL(12,4)", types[PricedQuote.Columns.Paid]);
                Assert.Equal("DECIMAL(38,12)", types[PricedQuote.Columns.Rate]);

                // A dry run checks each mapped column's type against its role: a DECIMAL holds a score and a feature.
                await using var harness = await EmulatorHarness.StartAsync(emulator: new EmulatorOptions { Warehouse = file });
                var result = await harness.Client.DryRunAsync(PricedQuote.TableImportJob);
                Assert.True(result.Passed, result.ErrorMessage);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
