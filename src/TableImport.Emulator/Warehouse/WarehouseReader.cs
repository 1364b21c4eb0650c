using System.Data.Common;
using DuckDB.NET.Data;

namespace TableImport.Emulator.Warehouse;

/// <summary>A column of a warehouse table: its name as the table spells it, and its type.</summary>
internal sealed record TableColumn(string Name, DuckDbType Type);

/// <summary>
/// One read-only connection to the warehouse file, open for one check or one run and closed right after, so that the
/// application under test can write to the file between them (DuckDB lets one process write a file or many read it).
/// </summary>
internal sealed class WarehouseReader : IDisposable
{
    private readonly DuckDBConnection connection;

    private WarehouseReader(DuckDBConnection connection) => this.connection = connection;

    /// <summary>Opens <paramref name="path"/> read-only; a missing or locked file is a <see cref="WarehouseException"/>.</summary>
    public static WarehouseReader Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new WarehouseException(new(WarehouseProblem.Unavailable,
                $"The warehouse {path} does not exist: create it, with the job's table, before a dry run, a create or a run."));
        }

        // The path exactly as given: DuckDB.NET shares one database per path string within a process, so an application
        // that holds the same path open in this process is read through its own connection, with no lock to conflict.
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        builder["ACCESS_MODE"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (DbException exception)
        {
            connection.Dispose();
            throw new WarehouseException(new(WarehouseProblem.Unavailable,
                $"The emulator could not open the warehouse {path} to read it: {exception.Message} DuckDB lets one process write to a " +
                "database file or any number of processes read it, never both at once: close the connection that writes to it " +
                "before a dry run, a create or a run."));
        }

        return new WarehouseReader(connection);
    }

    /// <summary>The table's columns in table order; empty when there is no such table (or view). Names match ignoring case, as DuckDB's identifiers do.</summary>
    public IReadOnlyList<TableColumn> Columns(WarehouseTable table)
    {
        var columns = new List<TableColumn>();
        using var command = Command(
            """
            SELECT column_name, data_type FROM information_schema.columns
            WHERE table_catalog = current_database() AND lower(table_schema) = lower($1) AND lower(table_name) = lower($2)
            ORDER BY ordinal_position
            """,
            table.Schema,
            table.Name);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            columns.Add(new TableColumn(reader.GetString(0), DuckDbType.Parse(reader.GetString(1))));
        }

        return columns;
    }

    /// <summary>The tables and views of a schema, by name; null when there is no such schema.</summary>
    public IReadOnlyList<string>? TablesOf(string schema)
    {
        using (var exists = Command("SELECT count(*) FROM information_schema.schemata WHERE catalog_name = current_database() AND lower(schema_name) = lower($1)", schema))
        {
            if (Convert.ToInt64(exists.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
        }

        var tables = new List<string>();
        using var command = Command("SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND lower(table_schema) = lower($1) ORDER BY table_name", schema);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>
    /// The rows whose <paramref name="changeTimestamp"/> lies in [<paramref name="start"/>, <paramref name="end"/>], both
    /// bounds included (UTC; no lower bound when <paramref name="start"/> is null). A TIMESTAMP without a time zone is read
    /// as UTC, a DATE as the midnight that starts it; rows with no change timestamp are in no window.
    /// </summary>
    public long CountRows(WarehouseTable table, TableColumn changeTimestamp, DateTime? start, DateTime end)
    {
        // Both sides of each comparison get one exact type, so that nothing is truncated (DuckDB would otherwise cast a bound
        // to the column's type: a DATE column would cut 01:00 down to its day) and DuckDB's session time zone (the
        // machine's) shifts nothing: a zoned column is compared as an instant with a TIMESTAMP WITH TIME ZONE bound; a
        // nanosecond column with a nanosecond bound; any other (TIMESTAMP, _S, _MS, DATE) widened to TIMESTAMP.
        var type = changeTimestamp.Type;
        var quoted = WarehouseTable.Quote(changeTimestamp.Name);
        var (column, boundType) = type.IsTimestampWithTimeZone ? (quoted, "TIMESTAMPTZ")
            : type.Name == "TIMESTAMP_NS" ? (quoted, "TIMESTAMP_NS")
            : ($"CAST({quoted} AS TIMESTAMP)", "TIMESTAMP");
        object Bound(DateTime utc) => type.IsTimestampWithTimeZone
            ? (object)new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))
            : DateTime.SpecifyKind(utc, DateTimeKind.Unspecified);

        var sql = $"SELECT count(*) FROM {table} WHERE {column} <= CAST($1 AS {boundType})" + (start is null ? "" : $" AND {column} >= CAST($2 AS {boundType})");
        using var command = start is null ? Command(sql, Bound(end)) : Command(sql, Bound(end), Bound(start.Value));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>All the table's rows, for a job that names no change timestamp (a data file older than that rule).</summary>
    public long CountRows(WarehouseTable table)
    {
        using var command = Command($"SELECT count(*) FROM {table}");
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => connection.Dispose();

    private DuckDBCommand Command(string sql, params object[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter));
        }

        return command;
    }
}
