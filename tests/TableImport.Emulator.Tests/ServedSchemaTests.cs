using System.Text.RegularExpressions;
using TableImport.Emulator.GraphQL;

namespace TableImport.Emulator.Tests;

/// <summary>
/// The two pictures of the API come from the one schema file: known is the file, proven is it without exactly the input
/// fields the file tags [3p-unexercised] or [inf], and the [3p-unexercised] ones are the ones the facts file names.
/// </summary>
public sealed partial class ServedSchemaTests
{
    [Fact]
    public void Known_is_the_schema_file_as_it_stands()
    {
        Assert.Equal(SdlShape.SchemaFile, ServedSchema.Sdl(EmulatorGraphQLSchema.Known));
    }

    [Fact]
    public void Proven_is_known_without_exactly_the_input_fields_tagged_unproven()
    {
        var known = ServedSchema.Sdl(EmulatorGraphQLSchema.Known);
        var proven = ServedSchema.Sdl(EmulatorGraphQLSchema.Proven);
        var knownFields = SdlShape.InputFields(known);
        var provenFields = SdlShape.InputFields(proven);

        // Only input fields go: every type stays, every other type is the same, and every input field left has its type.
        var inputTypes = knownFields.Keys.Select(f => f.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(SdlShape.Types(known).Keys, SdlShape.Types(proven).Keys);
        Assert.Equal(SdlShape.Types(known).Where(t => !inputTypes.Contains(t.Key)), SdlShape.Types(proven).Where(t => !inputTypes.Contains(t.Key)));
        Assert.All(provenFields, f => Assert.Equal(knownFields[f.Key], f.Value));

        var removed = knownFields.Keys.Except(provenFields.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Tagged(SdlShape.SchemaFile, "[3p-unexercised]", "[inf]"), removed);
    }

    [Fact]
    public void The_unexercised_input_fields_are_the_ones_the_facts_file_names()
    {
        // shared/reference/arize-api-facts.md: "Treat the input fields that only they show — `jobStatus` and
        // `modelVersion` on `updateTableImportJob`, and a node `id` where a `jobId` goes — as **[3p-unexercised]**"
        // (the node id is behaviour, not a field: EitherIdNamesAJob, GraphQLSchemaPictureTests).
        Assert.Equal(["UpdateTableImportJobInput.jobStatus", "UpdateTableImportJobInput.modelVersion"], Tagged(SdlShape.SchemaFile, "[3p-unexercised]"));
    }

    [Fact]
    public void Proven_has_no_input_the_seed_never_sends_and_keeps_every_one_it_does()
    {
        var proven = SdlShape.InputFields(ServedSchema.Sdl(EmulatorGraphQLSchema.Proven));

        // No document with evidence sends a clientMutationId; the seed's event-based create sends only its seven fields.
        Assert.DoesNotContain(proven.Keys, f => f.EndsWith(".clientMutationId", StringComparison.Ordinal));
        Assert.Equal(
            ["modelEnvironmentName", "modelName", "modelType", "schema", "snowflakeTableConfig", "spaceId", "tableStore"],
            proven.Keys.Where(f => f.StartsWith("CreateTriggeredOngoingTableImportJobInput.", StringComparison.Ordinal)).Select(f => f.Split('.')[1]).Order(StringComparer.Ordinal));
        Assert.Equal(
            ["jobId", "schema", "tableIngestionParameters"],
            proven.Keys.Where(f => f.StartsWith("UpdateTableImportJobInput.", StringComparison.Ordinal)).Select(f => f.Split('.')[1]));
    }

    [Fact]
    public void A_line_that_tags_two_input_fields_at_once_is_refused_naming_both()
    {
        const string Sdl = "type Query { a: Int }\ninput I {\n  keep: Int\n  x: Int y: Int   # [inf]\n}\n";

        var refused = Assert.Throws<InvalidOperationException>(() => ServedSchema.WithoutUnproven(Sdl));

        Assert.Contains("I.x, I.y", refused.Message, StringComparison.Ordinal);
        // A field goes with what follows it up to the next token: its tag too.
        Assert.Equal("type Query { a: Int }\ninput I {\n  keep: Int\n  }\n", ServedSchema.WithoutUnproven(Sdl.Replace(" y: Int", "", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The input fields whose line's comment carries one of <paramref name="tags"/>, read line by line (not as the
    /// emulator reads them): a field line in an input block is <c>name: Type ... # comment</c>.
    /// </summary>
    private static List<string> Tagged(string sdl, params string[] tags)
    {
        var fields = new List<string>();
        string? input = null;
        foreach (var line in sdl.Split('\n'))
        {
            if (InputStart().Match(line) is { Success: true } start)
            {
                input = line.Contains('}', StringComparison.Ordinal) ? null : start.Groups[1].Value;
                continue;
            }

            if (input is null)
            {
                continue;
            }

            if (line.TrimStart().StartsWith('}'))
            {
                input = null;
                continue;
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0 && tags.Any(tag => line[hash..].Contains(tag, StringComparison.Ordinal)) && FieldLine().Match(line) is { Success: true } field)
            {
                fields.Add(input + "." + field.Groups[1].Value);
            }
        }

        return fields.Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^input (\w+)")]
    private static partial Regex InputStart();

    [GeneratedRegex(@"^\s*(\w+)\s*:")]
    private static partial Regex FieldLine();
}
