using System.Data.Common;
using DuckDB.NET.Data;
using TableImport.Scaffolding;

namespace TableImport.Emulator;

/// <summary>
/// Reads a table's columns from a DuckDB file (the emulator's local warehouse), as <c>information_schema.columns</c>
/// describes them, for <see cref="TableScaffolds.FromDuckDb"/> (<c>tableimport scaffold table</c>). The file is opened
/// read-only for the moment of the read, as the emulator opens it.
/// </summary>
public static class DuckDbTables
{
    /// <summary>
    /// The columns of <c>"schema"."table"</c> in table order, with the schema and table as the file spells them.
    /// Names match ignoring case, as DuckDB's identifiers (and the emulator's lookup) do.
    /// </summary>
    /// <param name="file">The DuckDB file.</param>
    /// <param name="schema">The table's schema.</param>
    /// <param name="table">The table's name.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidOperationException">The file cannot be read, or has no such table (the message names the tables there are).</exception>
    public static DuckDbTable Read(string file, string schema, string table)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(table);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The DuckDB file {file} does not exist.", file);
        }

        var builder = new DuckDBConnectionStringBuilder { DataSource = file };
        builder["ACCESS_MODE"] = "READ_ONLY";
        try
        {
            using var connection = new DuckDBConnection(builder.ConnectionString);
            connection.Open();
            string? schemaName = null, tableName = null;
            var columns = new List<WarehouseColumn>();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = """
                    SELECT table_schema, table_name, column_name, data_type, is_nullable FROM information_schema.columns
                    WHERE table_catalog = current_database() AND lower(table_schema) = lower($1) AND lower(table_name) = lower($2)
                    ORDER BY ordinal_position
                    """;
                command.Parameters.Add(new DuckDBParameter(schema));
                command.Parameters.Add(new DuckDBParameter(table));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    schemaName = reader.GetString(0);
                    tableName = reader.GetString(1);
                    columns.Add(new WarehouseColumn(reader.GetString(2), reader.GetString(3), reader.GetString(4) == "YES"));
                }
            }

            return columns.Count > 0
                ? new DuckDbTable(schemaName!, tableName!, columns)
                : throw new InvalidOperationException($"{file} has no table \"{schema}\".\"{table}\"; its tables: {TablesOf(connection)}.");
        }
        catch (DbException exception)
        {
            // The hint only where DuckDB says the file is locked: a file that is no database needs no advice on writers.
            var locked = exception.Message.Contains("lock", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("Conflicting", StringComparison.Ordinal);
            throw new InvalidOperationException(
                $"Could not read {file}: {exception.Message}" + (locked ? " (DuckDB lets one process write to a file or any number read it, never both at once: close what writes to it.)" : ""),
                exception);
        }
    }

    private static string TablesOf(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT table_schema, table_name FROM information_schema.tables WHERE table_catalog = current_database() ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add($"\"{reader.GetString(0)}\".\"{reader.GetString(1)}\"");
        }

        return tables.Count == 0 ? "none" : string.Join(", ", tables);
    }
}

/// <summary>A DuckDB table's columns, with its schema and name as the file spells them.</summary>
/// <param name="Schema">The table's schema.</param>
/// <param name="Name">The table's name.</param>
/// <param name="Columns">Its columns, in table order.</param>
public sealed record DuckDbTable(string Schema, string Name, IReadOnlyList<WarehouseColumn> Columns);
