using DuckDB.NET.Data;
using TableImport.Emulator.Warehouse;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>Which DuckDB types hold which role, with each type spelled as DuckDB itself reports it.</summary>
public sealed class ColumnRoleTests
{
    [Theory]
    [InlineData("TIMESTAMP", nameof(ColumnRole.ChangeTimestamp), true)]
    [InlineData("TIMESTAMPTZ", nameof(ColumnRole.ChangeTimestamp), true)]
    [InlineData("TIMESTAMP_NS", nameof(ColumnRole.ChangeTimestamp), true)]
    [InlineData("DATE", nameof(ColumnRole.ChangeTimestamp), true)]
    [InlineData("VARCHAR", nameof(ColumnRole.ChangeTimestamp), false)]
    [InlineData("BIGINT", nameof(ColumnRole.ChangeTimestamp), false)]
    [InlineData("TIME", nameof(ColumnRole.ChangeTimestamp), false)]
    [InlineData("BIGINT", nameof(ColumnRole.Timestamp), true)]
    [InlineData("DOUBLE", nameof(ColumnRole.Timestamp), true)]
    [InlineData("TIMESTAMPTZ", nameof(ColumnRole.Timestamp), true)]
    [InlineData("VARCHAR", nameof(ColumnRole.Timestamp), false)]
    [InlineData("UUID", nameof(ColumnRole.PredictionId), true)]
    [InlineData("HUGEINT", nameof(ColumnRole.PredictionId), true)]
    [InlineData("VARCHAR", nameof(ColumnRole.PredictionId), true)]
    [InlineData("DOUBLE", nameof(ColumnRole.PredictionId), false)]
    [InlineData("DECIMAL(18,3)", nameof(ColumnRole.Score), true)]
    [InlineData("VARCHAR", nameof(ColumnRole.Score), false)]
    [InlineData("FLOAT", nameof(ColumnRole.NumericLabel), true)]
    [InlineData("VARCHAR", nameof(ColumnRole.NumericLabel), false)]
    [InlineData("BOOLEAN", nameof(ColumnRole.CategoricalLabel), true)]
    [InlineData("ENUM('fraud', 'ok')", nameof(ColumnRole.CategoricalLabel), true)]
    [InlineData("DATE", nameof(ColumnRole.CategoricalLabel), false)]
    [InlineData("USMALLINT", nameof(ColumnRole.Rank), true)]
    [InlineData("DOUBLE", nameof(ColumnRole.Rank), false)]
    [InlineData("VARCHAR", nameof(ColumnRole.Text), true)]
    [InlineData("INTEGER", nameof(ColumnRole.Text), false)]
    [InlineData("MAP(VARCHAR, DOUBLE)", nameof(ColumnRole.ScoreMap), true)]
    [InlineData("MAP(VARCHAR, DECIMAL(18,3))", nameof(ColumnRole.ScoreMap), true)]
    [InlineData("MAP(VARCHAR, VARCHAR)", nameof(ColumnRole.ScoreMap), false)]
    [InlineData("MAP(INTEGER, DOUBLE)", nameof(ColumnRole.ScoreMap), false)]
    [InlineData("DOUBLE[]", nameof(ColumnRole.ScoreMap), false)]
    [InlineData("FLOAT[]", nameof(ColumnRole.EmbeddingVector), true)]
    [InlineData("DOUBLE[768]", nameof(ColumnRole.EmbeddingVector), true)]
    [InlineData("VARCHAR[]", nameof(ColumnRole.EmbeddingVector), false)]
    [InlineData("DOUBLE", nameof(ColumnRole.EmbeddingVector), false)]
    [InlineData("VARCHAR[]", nameof(ColumnRole.EmbeddingRawData), true)]
    [InlineData("VARCHAR", nameof(ColumnRole.EmbeddingRawData), true)]
    [InlineData("VARCHAR[]", nameof(ColumnRole.Feature), true)]
    [InlineData("TIMESTAMP", nameof(ColumnRole.Feature), true)]
    [InlineData("INTEGER[]", nameof(ColumnRole.Feature), false)]
    [InlineData("BLOB", nameof(ColumnRole.Feature), false)]
    [InlineData("STRUCT(a VARCHAR[])[]", nameof(ColumnRole.Feature), false)]
    [InlineData("VARCHAR[]", nameof(ColumnRole.Tag), false)]
    [InlineData("BOOLEAN", nameof(ColumnRole.Tag), true)]
    [InlineData("DOUBLE[][]", nameof(ColumnRole.BoxCoordinates), true)]
    [InlineData("DOUBLE[]", nameof(ColumnRole.BoxCoordinates), false)]
    [InlineData("VARCHAR[]", nameof(ColumnRole.BoxCategories), true)]
    [InlineData("FLOAT[]", nameof(ColumnRole.BoxScores), true)]
    public void A_column_of_this_type_can_hold_the_role_or_not(string ddlType, string roleName, bool accepted)
    {
        var role = (ColumnRole)typeof(ColumnRole).GetProperty(roleName)!.GetValue(null)!;

        var reported = DuckDbReports(ddlType);

        Assert.Equal(accepted, role.Accepts(DuckDbType.Parse(reported)));
    }

    [Fact]
    public void Nested_types_parse_into_their_elements()
    {
        var map = DuckDbType.Parse(DuckDbReports("MAP(VARCHAR, DECIMAL(18,3)[])"));
        var list = DuckDbType.Parse(DuckDbReports("STRUCT(a INTEGER[], b VARCHAR)[3]"));

        Assert.Equal(("MAP", "VARCHAR", "LIST", "DECIMAL"), (map.Name, map.Elements[0].Name, map.Elements[1].Name, map.Elements[1].Element!.Name));
        Assert.Equal(("ARRAY", "STRUCT"), (list.Name, list.Element!.Name));
    }

    /// <summary>The type as information_schema spells it, from a real (in-memory) DuckDB table.</summary>
    private static string DuckDbReports(string ddlType)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE t (c {ddlType}); SELECT data_type FROM information_schema.columns WHERE table_name = 't'";
        return (string)command.ExecuteScalar()!;
    }
}
