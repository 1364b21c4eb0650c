using System;
using System.Collections.Generic;

namespace TableImport
{
    /// <summary>
    /// The one table of warehouse column types (docs/warehouse-types.md). The generator names each member's C# type
    /// with a token — the type's .NET name (<c>Int32</c>, <c>DateTimeOffset</c>, <c>Enum</c>), <c>T[]</c> for a sequence,
    /// <c>Map&lt;K,V&gt;</c> for a dictionary, <c>Decimal(p,s)</c> for a decimal with a declared precision — and this
    /// table, compiled into both the analyzer (TI0023) and the runtime (<c>CreateTableSql</c>), says what each token is in
    /// each dialect, or that it has no faithful type there. The scaffolder reads it backwards (<see cref="TokenOfDuckDb"/>).
    /// </summary>
    internal static class WarehouseColumnTypes
    {
        /// <summary>The token of a type this table cannot name; it has no type in any dialect.</summary>
        public const string Unknown = "?";

        /// <summary>The token of a type that does not compile (the compiler reports it; TI0023 stays quiet).</summary>
        public const string Unresolved = "!";

        /// <summary>The largest precision every one of the dialects takes for a <c>DECIMAL</c>.</summary>
        public const int MaxDecimalPrecision = 38;

        // Snowflake's NUMBER takes a scale of at most 37; the others take up to the precision.
        private const int MaxSnowflakeScale = 37;

        // BigQuery's NUMERIC holds a scale of at most 9 and 29 digits before the point; beyond that, BIGNUMERIC.
        private const int MaxBigQueryNumericScale = 9;
        private const int MaxBigQueryNumericIntegerDigits = 29;

        // BigQuery, Snowflake, Databricks, DuckDB — in WarehouseDialect's order. A decimal without a declared precision
        // is missing on purpose: its scale varies value by value and every one of these warehouses fixes it per column,
        // so any choice would silently round some values (as EF Core warns for a decimal without a column type). With
        // one ([Column(TypeName = "decimal(18, 2)")] or EF Core's [Precision(18, 2)]) it is the token Decimal(18,2).
        private static readonly Dictionary<string, string[]> Scalars = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["String"] = new[] { "STRING", "VARCHAR", "STRING", "VARCHAR" },
            ["Enum"] = new[] { "STRING", "VARCHAR", "STRING", "VARCHAR" },
            ["Guid"] = new[] { "STRING", "VARCHAR(36)", "STRING", "UUID" },
            ["Boolean"] = new[] { "BOOL", "BOOLEAN", "BOOLEAN", "BOOLEAN" },
            ["SByte"] = new[] { "INT64", "NUMBER(3,0)", "TINYINT", "TINYINT" },
            ["Byte"] = new[] { "INT64", "NUMBER(3,0)", "SMALLINT", "UTINYINT" },
            ["Int16"] = new[] { "INT64", "NUMBER(5,0)", "SMALLINT", "SMALLINT" },
            ["UInt16"] = new[] { "INT64", "NUMBER(5,0)", "INT", "USMALLINT" },
            ["Int32"] = new[] { "INT64", "NUMBER(10,0)", "INT", "INTEGER" },
            ["UInt32"] = new[] { "INT64", "NUMBER(10,0)", "BIGINT", "UINTEGER" },
            ["Int64"] = new[] { "INT64", "NUMBER(19,0)", "BIGINT", "BIGINT" },
            ["UInt64"] = new[] { "NUMERIC(20)", "NUMBER(20,0)", "DECIMAL(20,0)", "UBIGINT" },
            ["Single"] = new[] { "FLOAT64", "FLOAT", "FLOAT", "FLOAT" },
            ["Double"] = new[] { "FLOAT64", "FLOAT", "DOUBLE", "DOUBLE" },
            ["DateTime"] = new[] { "DATETIME", "TIMESTAMP_NTZ", "TIMESTAMP_NTZ", "TIMESTAMP" },
            ["DateTimeOffset"] = new[] { "TIMESTAMP", "TIMESTAMP_TZ", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" },
            ["DateOnly"] = new[] { "DATE", "DATE", "DATE", "DATE" },
        };

        /// <summary>The column type of a token in a dialect; null when the dialect has no faithful type for it.</summary>
        public static string? Sql(string token, WarehouseDialect dialect)
        {
            if ((uint)dialect > (uint)WarehouseDialect.DuckDb)
            {
                throw new ArgumentOutOfRangeException(nameof(dialect), dialect, "Not a WarehouseDialect.");
            }

            if (token.EndsWith("[]", StringComparison.Ordinal))
            {
                var element = token.Substring(0, token.Length - 2);
                var elementSql = Sql(element, dialect);
                if (elementSql is null)
                {
                    return null;
                }

                switch (dialect)
                {
                    // BigQuery has no array of arrays: each inner list is wrapped in a record, as its loaders do for
                    // nested Parquet lists. Snowflake's ARRAY is untyped and holds any element.
                    case WarehouseDialect.BigQuery:
                        return elementSql.StartsWith("ARRAY", StringComparison.Ordinal) ? "ARRAY<STRUCT<element " + elementSql + ">>" : "ARRAY<" + elementSql + ">";
                    case WarehouseDialect.Snowflake:
                        return "ARRAY";
                    case WarehouseDialect.Databricks:
                        return "ARRAY<" + elementSql + ">";
                    default:
                        return elementSql + "[]";
                }
            }

            if (TrySplitDecimal(token, out var precision, out var scale))
            {
                return DecimalSql(precision, scale, dialect);
            }

            if (TrySplitMap(token, out var key, out var value))
            {
                var keySql = Sql(key, dialect);
                var valueSql = Sql(value, dialect);
                if (keySql is null || valueSql is null)
                {
                    return null;
                }

                switch (dialect)
                {
                    // BigQuery has no map type; a repeated key/value record is how it stores one (as its Avro and
                    // Parquet loaders do). Snowflake's OBJECT has string keys only.
                    case WarehouseDialect.BigQuery:
                        return "ARRAY<STRUCT<key " + keySql + ", value " + valueSql + ">>";
                    case WarehouseDialect.Snowflake:
                        return key == "String" ? "OBJECT" : null;
                    case WarehouseDialect.Databricks:
                        return "MAP<" + keySql + ", " + valueSql + ">";
                    default:
                        return "MAP(" + keySql + ", " + valueSql + ")";
                }
            }

            return Scalars.TryGetValue(token, out var types) ? types[(int)dialect] : null;
        }

        /// <summary>What to use instead of a type that has no column type, for TI0023's message.</summary>
        public static string Advice(string token)
        {
            if (token.IndexOf("Decimal(", StringComparison.Ordinal) >= 0)
            {
                var start = token.IndexOf("Decimal(", StringComparison.Ordinal) + "Decimal(".Length;
                var declared = token.Substring(start, token.IndexOf(')', start) - start).Replace(",", ", ");
                return "a precision of 1 to " + MaxDecimalPrecision + " and a scale of 0 to the precision (at most " + MaxSnowflakeScale
                       + " in Snowflake) instead of the declared decimal(" + declared + ")";
            }

            // Only a decimal member takes a declared precision; a list or dictionary of decimals has no attribute for one.
            if (token == "Decimal")
            {
                return "[Column(TypeName = \"decimal(18, 2)\")] or EF Core's [Precision(18, 2)] with the precision and scale its values need, or double, "
                       + "since a decimal's scale varies value by value while the warehouse fixes it per column";
            }

            return token.IndexOf("Decimal", StringComparison.Ordinal) >= 0
                ? "double, since a decimal's scale varies value by value while the warehouse fixes it per column"
                : "string, bool, an integer type, float, double, an enum, Guid, DateTime, DateTimeOffset or DateOnly, or an array, list or dictionary of those";
        }

        /// <summary>The token of a decimal with a declared precision and scale: <c>Decimal(18,2)</c>, whether or not the dialects take them.</summary>
        public static string DecimalToken(int precision, int scale)
            => "Decimal(" + precision.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + scale.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";

        /// <summary>
        /// Reads a column type name such as EF Core's <c>[Column(TypeName = "decimal(18, 2)")]</c> carries: <c>decimal(p, s)</c>,
        /// <c>numeric(p, s)</c> or <c>number(p, s)</c> in any letter case, or with a precision alone (the scale is then 0, as
        /// in SQL). False for any other type name, and for <c>decimal</c> without a precision.
        /// </summary>
        public static bool TryReadDecimalTypeName(string? typeName, out int precision, out int scale)
        {
            precision = scale = 0;
            var text = typeName?.Trim() ?? "";
            var open = text.IndexOf('(');
            if (open < 0 || !text.EndsWith(")", StringComparison.Ordinal))
            {
                return false;
            }

            var name = text.Substring(0, open).Trim().ToUpperInvariant();
            if (name != "DECIMAL" && name != "NUMERIC" && name != "NUMBER")
            {
                return false;
            }

            var arguments = text.Substring(open + 1, text.Length - open - 2).Split(',');
            return arguments.Length <= 2
                   && TryReadNumber(arguments[0], out precision)
                   && (arguments.Length == 1 || TryReadNumber(arguments[1], out scale));
        }

        /// <summary>
        /// The token of a DuckDB column type as <c>information_schema.columns.data_type</c> spells it, the reverse of
        /// this table: <c>DECIMAL(18,2)</c> is <c>Decimal(18,2)</c>, <c>TIMESTAMP WITH TIME ZONE</c> is
        /// <c>DateTimeOffset</c>, <c>DOUBLE[]</c> is <c>Double[]</c>, <c>MAP(VARCHAR, DOUBLE)</c> is
        /// <c>Map&lt;String,Double&gt;</c>. Null for a type no token is declared as (<c>HUGEINT</c>, <c>INTERVAL</c>,
        /// <c>BLOB</c>, a <c>STRUCT</c>, a fixed-size array, ...), so that <c>Sql(TokenOfDuckDb(t), DuckDb)</c> is always
        /// <c>t</c> when it is not null.
        /// </summary>
        public static string? TokenOfDuckDb(string dataType)
        {
            var type = (dataType ?? "").Trim();
            if (type.EndsWith("[]", StringComparison.Ordinal))
            {
                var element = TokenOfDuckDb(type.Substring(0, type.Length - 2));
                return element is null ? null : element + "[]";
            }

            if (type.StartsWith("MAP(", StringComparison.OrdinalIgnoreCase) && type.EndsWith(")", StringComparison.Ordinal))
            {
                // A map's key is a scalar here, so the first comma separates key and value.
                var inner = type.Substring(4, type.Length - 5);
                var comma = inner.IndexOf(',');
                var key = comma < 0 ? null : TokenOfDuckDb(inner.Substring(0, comma));
                var value = comma < 0 ? null : TokenOfDuckDb(inner.Substring(comma + 1));
                var token = key is null || value is null ? null : "Map<" + key + "," + value + ">";
                return token is not null && Sql(token, WarehouseDialect.DuckDb) == type ? token : null;
            }

            if (TryReadDecimalTypeName(type, out var precision, out var scale))
            {
                var token = DecimalToken(precision, scale);
                return Sql(token, WarehouseDialect.DuckDb) == type.ToUpperInvariant() ? token : null;
            }

            // An enum member and a string are both VARCHAR: a column of text reads back as a string.
            foreach (var pair in Scalars)
            {
                if (pair.Key != "Enum" && string.Equals(pair.Value[(int)WarehouseDialect.DuckDb], type, StringComparison.Ordinal))
                {
                    return pair.Key;
                }
            }

            return null;
        }

        private static string? DecimalSql(int precision, int scale, WarehouseDialect dialect)
        {
            if (precision < 1 || precision > MaxDecimalPrecision || scale < 0 || scale > precision
                || (dialect == WarehouseDialect.Snowflake && scale > MaxSnowflakeScale))
            {
                return null;
            }

            var arguments = "(" + precision.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + scale.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            if (dialect != WarehouseDialect.BigQuery)
            {
                return "DECIMAL" + arguments;
            }

            // NUMERIC where it holds the precision, else BIGNUMERIC (76 digits, scale 38), which holds any of them.
            return scale <= MaxBigQueryNumericScale && precision - scale <= MaxBigQueryNumericIntegerDigits ? "NUMERIC" + arguments : "BIGNUMERIC" + arguments;
        }

        private static bool TrySplitDecimal(string token, out int precision, out int scale)
        {
            precision = scale = 0;
            if (!token.StartsWith("Decimal(", StringComparison.Ordinal) || !token.EndsWith(")", StringComparison.Ordinal))
            {
                return false;
            }

            var arguments = token.Substring(8, token.Length - 9).Split(',');
            return arguments.Length == 2 && TryReadSigned(arguments[0], out precision) && TryReadSigned(arguments[1], out scale);
        }

        private static bool TryReadNumber(string text, out int value)
        {
            text = text.Trim();
            value = 0;
            if (text.Length == 0 || text.Length > 9)
            {
                return false;
            }

            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            value = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
            return true;
        }

        // A token may carry a negative number ([Precision(-1)]), which no dialect takes but TI0023 must still name.
        private static bool TryReadSigned(string text, out int value)
            => int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out value);

        private static bool TrySplitMap(string token, out string key, out string value)
        {
            key = value = "";
            if (!token.StartsWith("Map<", StringComparison.Ordinal) || !token.EndsWith(">", StringComparison.Ordinal))
            {
                return false;
            }

            // The key is a scalar (a dictionary's key cannot be a list here), so the first comma separates the two.
            var inner = token.Substring(4, token.Length - 5);
            var comma = inner.IndexOf(',');
            if (comma < 0)
            {
                return false;
            }

            key = inner.Substring(0, comma);
            value = inner.Substring(comma + 1);
            return true;
        }
    }
}
