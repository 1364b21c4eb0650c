namespace TableImport.Emulator.Warehouse;

/// <summary>
/// A column type as DuckDB's <c>information_schema.columns.data_type</c> spells it (<c>DECIMAL(18,3)</c>,
/// <c>TIMESTAMP WITH TIME ZONE</c>, <c>MAP(VARCHAR, DOUBLE)</c>, <c>FLOAT[]</c>, <c>FLOAT[3]</c>), parsed only as far as
/// judging a role needs: the base name, and the element types of lists, arrays and maps.
/// </summary>
internal sealed record DuckDbType(string Text, string Name, IReadOnlyList<DuckDbType> Elements)
{
    private static readonly HashSet<string> Integers = new(StringComparer.Ordinal)
    {
        "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT",
    };

    private static readonly HashSet<string> Timestamps = new(StringComparer.Ordinal)
    {
        "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS",
    };

    public bool IsInteger => Integers.Contains(Name);

    public bool IsNumber => IsInteger || Name is "DECIMAL" or "FLOAT" or "DOUBLE";

    /// <summary>A timestamp of any precision, with or without a time zone.</summary>
    public bool IsTimestamp => Timestamps.Contains(Name);

    public bool IsTimestampWithTimeZone => Name is "TIMESTAMP WITH TIME ZONE" or "TIMESTAMPTZ";

    public bool IsDate => Name == "DATE";

    public bool IsString => Name == "VARCHAR";

    /// <summary>An enum holds one of a fixed set of strings: as good as a string for a label, a feature or a tag.</summary>
    public bool IsStringLike => Name is "VARCHAR" or "ENUM";

    public bool IsBoolean => Name == "BOOLEAN";

    /// <summary>A variable-length list (<c>T[]</c>) or a fixed-size array (<c>T[n]</c>).</summary>
    public bool IsListOrArray => Name is "LIST" or "ARRAY";

    /// <summary>The element type of a list or an array; null for any other type.</summary>
    public DuckDbType? Element => IsListOrArray ? Elements[0] : null;

    public static DuckDbType Parse(string text)
    {
        text = text.Trim();
        var (lastBracket, firstParen) = Scan(text);
        if (text.EndsWith(']') && lastBracket > 0)
        {
            var inner = Parse(text[..lastBracket]);
            return new DuckDbType(text, lastBracket == text.Length - 2 ? "LIST" : "ARRAY", [inner]);
        }

        if (firstParen < 0)
        {
            return new DuckDbType(text, text.ToUpperInvariant(), []);
        }

        var name = text[..firstParen].Trim().ToUpperInvariant();
        var elements = name == "MAP" && text.EndsWith(')')
            ? SplitTopLevel(text[(firstParen + 1)..^1]).Select(Parse).ToArray()
            : [];
        return new DuckDbType(text, name, elements);
    }

    public override string ToString() => Text;

    /// <summary>Where the last <c>[</c> outside parentheses and quotes is, and the first <c>(</c>.</summary>
    private static (int LastBracket, int FirstParen) Scan(string text)
    {
        int depth = 0, lastBracket = -1, firstParen = -1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '(')
            {
                firstParen = firstParen < 0 ? i : firstParen;
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (c == '[' && depth == 0)
            {
                lastBracket = i;
            }
        }

        return (lastBracket, firstParen);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        int depth = 0, start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '(' or '[')
            {
                depth++;
            }
            else if (!quoted && c is ')' or ']')
            {
                depth--;
            }
            else if (!quoted && c == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return text[start..];
    }
}
