#if EMBEDDED_EMULATOR
using DuckDB.NET.Data;
using TableImport.Sample.Jobs;

namespace TableImport.Sample;

/// <summary>
/// The sample's pipeline over a local DuckDB warehouse (<c>--warehouse FILE.duckdb</c>): each job's table created from its
/// generated <c>CreateTableSql</c>, rows written with its generated <c>Columns</c> names, as the application's own
/// pipeline would write them to BigQuery, Snowflake or Databricks.
/// </summary>
public static class LocalWarehouse
{
    private const WarehouseDialect Dialect = WarehouseDialect.DuckDb;

    /// <summary>Creates the three jobs' tables (when missing) and writes three rows to each, changed 10 minutes, 40 minutes and 3 days before <paramref name="now"/>.</summary>
    public static void Prepare(string file, DateTimeOffset now)
    {
        using var connection = new DuckDBConnection("Data Source=" + file);
        connection.Open();
        Execute(connection, CardFraudScore.CreateTableSql(Dialect));
        Execute(connection, DeliveryTimeEstimate.CreateTableSql(Dialect));
        Execute(connection, SearchRanking.CreateTableSql(Dialect));

        foreach (var (id, age) in Ages(now))
        {
            var changed = now - age;
            Insert(connection, CardFraudScore.TableImportJob,
                (CardFraudScore.Columns.TransactionId, "tx-" + id),
                (CardFraudScore.Columns.Verdict, "legit"),
                (CardFraudScore.Columns.FraudProbability, 0.07),
                (CardFraudScore.Columns.ConfirmedVerdict, null),
                (CardFraudScore.Columns.ScoredAt, changed),
                (CardFraudScore.Columns.UpdatedAt, changed),
                (CardFraudScore.Columns.ModelVersion, "v1"),
                (CardFraudScore.Columns.FeatureAmount, 42.50m),
                (CardFraudScore.Columns.TagMerchantCategory, "grocery"));
            Insert(connection, DeliveryTimeEstimate.TableImportJob,
                (DeliveryTimeEstimate.Columns.OrderId, 1000L + id),
                (DeliveryTimeEstimate.Columns.PredictedMinutes, 31.0),
                (DeliveryTimeEstimate.Columns.ActualMinutes, 35.0),
                (DeliveryTimeEstimate.Columns.EstimatedAt, changed.UtcDateTime),
                (DeliveryTimeEstimate.Columns.ChangedAt, changed.UtcDateTime),
                (DeliveryTimeEstimate.Columns.Distance, 4.2));
            Insert(connection, SearchRanking.TableImportJob,
                (SearchRanking.Columns.ResultId, "r-" + id),
                (SearchRanking.Columns.SearchId, "s-1"),
                (SearchRanking.Columns.Position, id % 100 + 1),
                (SearchRanking.Columns.Score, 0.5),
                (SearchRanking.Columns.Clicked, "yes"),
                (SearchRanking.Columns.ShownAt, changed.UtcDateTime),
                (SearchRanking.Columns.ChangedAt, changed.UtcDateTime),
                (SearchRanking.Columns.QueryLength, 3),
                (SearchRanking.Columns.Price, 19.99),
                (SearchRanking.Columns.Storefront, "web"));
        }
    }

    private static IEnumerable<(int Id, TimeSpan Age)> Ages(DateTimeOffset now)
    {
        // Ids from the clock, so a second run over the same file adds rows rather than repeating ids.
        var first = (int)(now.ToUnixTimeSeconds() % 100_000) * 3;
        yield return (first + 1, TimeSpan.FromMinutes(10));
        yield return (first + 2, TimeSpan.FromMinutes(40));
        yield return (first + 3, TimeSpan.FromDays(3));
    }

    private static void Insert(DuckDBConnection connection, TableImportJobDefinition job, params (string Column, object? Value)[] values)
    {
        using var command = connection.CreateCommand();
        var columns = string.Join(", ", values.Select(v => WarehouseTables.Quote(Dialect, v.Column)));
        var parameters = string.Join(", ", values.Select((_, i) => "$" + (i + 1)));
        command.CommandText = $"INSERT INTO {WarehouseTables.QualifiedName(Dialect, job)} ({columns}) VALUES ({parameters})";
        foreach (var (_, value) in values)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
#endif
