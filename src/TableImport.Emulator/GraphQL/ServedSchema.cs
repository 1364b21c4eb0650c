using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Emulator.GraphQL;

/// <summary>
/// The SDL of each picture of the API, from the one schema file (docs/api/schema.graphql, embedded). <c>known</c> is the
/// file as it stands. <c>proven</c> is the file without every input field whose line carries the tag
/// <c>[3p-unexercised]</c> or <c>[inf]</c> in its comment: what no document seen working against the live API sends.
/// </summary>
internal static class ServedSchema
{
    /// <summary>The tags whose input fields <c>proven</c> leaves out.</summary>
    public static IReadOnlyList<string> UnprovenTags { get; } = ["[3p-unexercised]", "[inf]"];

    private static readonly Lazy<string> File = new(ReadEmbedded);

    public static string Sdl(EmulatorGraphQLSchema picture) => picture switch
    {
        EmulatorGraphQLSchema.Known => File.Value,
        EmulatorGraphQLSchema.Proven => WithoutUnproven(File.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(picture), picture, "Not a picture of the API."),
    };

    /// <summary><paramref name="sdl"/> without its input fields tagged as unproven; a tagged line must hold one input field only.</summary>
    internal static string WithoutUnproven(string sdl)
    {
        var lineStarts = LineStarts(sdl);
        var fields = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments })
            .Definitions.OfType<GraphQLInputObjectTypeDefinition>()
            .SelectMany(type => (type.Fields?.Items ?? []).Select(field => (Type: type.Name.StringValue, Field: field)))
            .Select(f => (f.Type, f.Field, Line: LineOf(lineStarts, f.Field.Location.Start)))
            .ToList();

        var removed = new List<GraphQLLocation>();
        foreach (var line in fields.GroupBy(f => f.Line))
        {
            var comment = CommentOf(sdl, lineStarts, line.Key);
            if (!UnprovenTags.Any(tag => comment.Contains(tag, StringComparison.Ordinal)))
            {
                continue;
            }

            if (line.Count() > 1)
            {
                throw new InvalidOperationException(
                    $"Line {line.Key + 1} of the schema tags {string.Join(", ", line.Select(f => f.Type + "." + f.Field.Name.StringValue))} as unproven at once: give a tagged input field a line of its own.");
            }

            removed.Add(line.Single().Field.Location);
        }

        var text = sdl;
        foreach (var location in removed.OrderByDescending(l => l.Start))
        {
            text = text.Remove(location.Start, location.End - location.Start);
        }

        return text;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<int> lineStarts, int offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The comment that ends a line: from its first <c>#</c> outside a string.</summary>
    private static string CommentOf(string text, List<int> lineStarts, int line)
    {
        var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] : text.Length;
        var quoted = false;
        for (var i = lineStarts[line]; i < end; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '#' && !quoted)
            {
                return text[i..end];
            }
        }

        return "";
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(ServedSchema).Assembly.GetManifestResourceStream("TableImport.Emulator.schema.graphql")
            ?? throw new InvalidOperationException("The embedded schema.graphql is missing from the emulator assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
