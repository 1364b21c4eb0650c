namespace TableImport.Emulator.Warehouse;

/// <summary>
/// What Arize's dry run finds by reading the table, judged against a DuckDB table: the table exists, every column the
/// schema names exists with a type that can hold its role, and every prefix matches at least one column, each of a
/// type the prefix's role can hold. The first problem is reported, in the order of the schema's fields, naming the
/// table and the column.
/// </summary>
internal static class TableCheck
{
    private const int ColumnsListed = 20;

    public static WarehouseProblem? FindProblem(WarehouseReader reader, WarehouseTable table, ModelType modelType, TableImportSchema schema)
    {
        var columns = reader.Columns(table);
        if (columns.Count == 0)
        {
            return TableNotFound(reader, table);
        }

        // DuckDB identifiers are unique ignoring case, so this cannot clash.
        var byName = columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        var mapped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in MappedColumns.Columns(schema, modelType))
        {
            if (!byName.TryGetValue(column.Column, out var found))
            {
                return new(WarehouseProblem.ColumnNotFound, $"{column.Path}: column {WarehouseTable.Quote(column.Column)} is not in table {table} (its columns: {List(columns.Select(c => c.Name))})");
            }

            if (!column.Role.Accepts(found.Type))
            {
                return WrongType(column.Path, found, column.Role, table);
            }

            mapped.Add(found.Name);
        }

        // A column the schema maps by name belongs to that role; an excluded column to none.
        var excluded = new HashSet<string>(schema.Exclude ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var prefix in MappedColumns.Prefixes(schema))
        {
            var matched = columns
                .Where(c => c.Name.StartsWith(prefix.Prefix, StringComparison.OrdinalIgnoreCase) && !mapped.Contains(c.Name) && !excluded.Contains(c.Name))
                .ToList();
            if (matched.Count == 0)
            {
                return new(WarehouseProblem.ColumnNotFound, $"{prefix.Path}: no column of table {table} starts with \"{prefix.Prefix}\", so the prefix matches nothing (its columns: {List(columns.Select(c => c.Name))})");
            }

            if (matched.FirstOrDefault(c => !prefix.Role.Accepts(c.Type)) is { } wrong)
            {
                return WrongType(prefix.Path, wrong, prefix.Role, table);
            }
        }

        return null;
    }

    private static WarehouseProblem WrongType(string path, TableColumn column, ColumnRole role, WarehouseTable table) =>
        new(WarehouseProblem.ColumnType, $"{path}: column {WarehouseTable.Quote(column.Name)} of table {table} is {column.Type}, which cannot hold {role.Name}; use {role.Allowed}");

    private static WarehouseProblem TableNotFound(WarehouseReader reader, WarehouseTable table)
    {
        var tables = reader.TablesOf(table.Schema);
        var where = tables switch
        {
            null => $"there is no schema {WarehouseTable.Quote(table.Schema)}",
            [] => $"schema {WarehouseTable.Quote(table.Schema)} has no tables",
            _ => $"schema {WarehouseTable.Quote(table.Schema)} has {List(tables)}",
        };
        return new(WarehouseProblem.TableNotFound, $"{table.ConfigPath}: table {table} is not in the warehouse; {where}");
    }

    private static string List(IEnumerable<string> names)
    {
        var all = names.ToList();
        var shown = string.Join(", ", all.Take(ColumnsListed).Select(WarehouseTable.Quote));
        return all.Count > ColumnsListed ? $"{shown} and {all.Count - ColumnsListed} more" : shown;
    }
}
