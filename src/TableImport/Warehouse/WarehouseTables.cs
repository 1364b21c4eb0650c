using System;
using System.ComponentModel;
using System.Text;

namespace TableImport
{
    /// <summary>
    /// A job's warehouse table in SQL: its <c>CREATE TABLE</c> statement (what the generated <c>CreateTableSql</c> returns),
    /// its qualified name and quoted identifiers, so that code writing rows names the table exactly as the DDL does.
    /// Column types follow docs/warehouse-types.md.
    /// </summary>
    public static class WarehouseTables
    {
        /// <summary>
        /// The statement the generated <c>CreateTableSql</c> returns. <paramref name="columns"/> is the generator's list,
        /// one line per mapped member: its type token, a space, its column name.
        /// </summary>
        /// <exception cref="NotSupportedException">A column's C# type has no faithful type in <paramref name="dialect"/> (TI0023 reported it at build).</exception>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static string CreateTableSql(WarehouseDialect dialect, TableImportJobDefinition job, string columns)
        {
            if (job is null)
            {
                throw new ArgumentNullException(nameof(job));
            }

            CheckDialect(dialect);
            var sql = new StringBuilder();
            var parts = TableParts(dialect, job);
            if (dialect == WarehouseDialect.DuckDb)
            {
                sql.Append("CREATE SCHEMA IF NOT EXISTS ").Append(Quote(dialect, parts[0])).Append(";\n");
            }

            sql.Append("CREATE TABLE IF NOT EXISTS ").Append(Qualify(dialect, parts)).Append(" (");
            var first = true;
            foreach (var line in (columns ?? "").Split('\n'))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var space = line.IndexOf(' ');
                if (space < 1)
                {
                    throw new ArgumentException("Each line is a type token, a space and a column name; got '" + line + "'.", nameof(columns));
                }

                var token = line.Substring(0, space);
                var column = line.Substring(space + 1);
                var type = WarehouseColumnTypes.Sql(token, dialect)
                    ?? throw new NotSupportedException(
                        "TI0023: column '" + column + "' of " + Describe(job) + " has a C# type with no faithful " + dialect
                        + " column type, so CreateTableSql cannot declare it. The build reported it as TI0023; change the member's type or write this table's DDL yourself.");
                sql.Append(first ? "\n    " : ",\n    ").Append(Quote(dialect, column)).Append(' ').Append(type);
                first = false;
            }

            return sql.Append("\n);").ToString();
        }

        /// <summary>
        /// The table's name as the dialect writes it: <c>`project`.`dataset`.`table`</c> (BigQuery),
        /// <c>"DATABASE"."SCHEMA"."TABLE"</c> (Snowflake), <c>`catalog`.`schema`.`table`</c> (Databricks) or
        /// <c>"schema"."table"</c> (DuckDB, where the schema is the dataset or schema of the job's own store).
        /// </summary>
        public static string QualifiedName(WarehouseDialect dialect, TableImportJobDefinition job)
        {
            CheckDialect(dialect);
            return Qualify(dialect, TableParts(dialect, job ?? throw new ArgumentNullException(nameof(job))));
        }

        /// <summary>An identifier quoted for the dialect, with its quote character escaped, so any column or table name is safe.</summary>
        public static string Quote(WarehouseDialect dialect, string identifier)
        {
            CheckDialect(dialect);
            if (identifier is null)
            {
                throw new ArgumentNullException(nameof(identifier));
            }

            switch (dialect)
            {
                case WarehouseDialect.BigQuery:
                    return "`" + identifier.Replace("\\", "\\\\").Replace("`", "\\`") + "`";
                case WarehouseDialect.Databricks:
                    return "`" + identifier.Replace("`", "``") + "`";
                default:
                    return "\"" + identifier.Replace("\"", "\"\"") + "\"";
            }
        }

        private static void CheckDialect(WarehouseDialect dialect)
        {
            if ((uint)dialect > (uint)WarehouseDialect.DuckDb)
            {
                throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Not a WarehouseDialect.");
            }
        }

        private static string Qualify(WarehouseDialect dialect, string[] parts)
        {
            var name = new StringBuilder();
            foreach (var part in parts)
            {
                name.Append(name.Length == 0 ? "" : ".").Append(Quote(dialect, part));
            }

            return name.ToString();
        }

        // DuckDB stands for the warehouse in one file, where project, database and catalog have no counterpart: the
        // emulator's --warehouse looks a job's table up as "<schema>"."<table>", and so does this.
        private static string[] TableParts(WarehouseDialect dialect, TableImportJobDefinition job)
        {
            string[] parts;
            if (job.BigQueryTableConfig is { } bigQuery)
            {
                parts = new[] { bigQuery.ProjectId, bigQuery.Dataset, bigQuery.TableName };
            }
            else if (job.SnowflakeTableConfig is { } snowflake)
            {
                parts = new[] { snowflake.Database, snowflake.Schema, snowflake.TableName };
            }
            else if (job.DatabricksTableConfig is { } databricks)
            {
                parts = new[] { databricks.Catalog, databricks.DatabricksSchema, databricks.TableName };
            }
            else
            {
                throw new InvalidOperationException(Describe(job) + " names no table (TI0011), so it has no CREATE TABLE statement.");
            }

            return dialect == WarehouseDialect.DuckDb ? new[] { parts[1] ?? "", parts[2] ?? "" } : Array.ConvertAll(parts, p => p ?? "");
        }

        private static string Describe(TableImportJobDefinition job) => job.JobTypeName ?? "'" + job.ModelName + "'";
    }
}
