using System.Collections;
using System.Reflection;
using System.Text;

namespace TableImport.Client.Tests;

/// <summary>
/// The reader of the text a generated <c>TableImportJob</c> hands over. The generator's side (what it writes for a job)
/// is pinned by the generator's definition and snapshot tests; these pin the reader against the definition model itself,
/// so a value added to the model without a path here fails.
/// </summary>
public sealed class TableImportJobTextTests
{
    [Fact]
    public void Every_settable_value_of_the_definition_model_has_a_path_the_reader_sets()
    {
        var expected = new List<(string Path, object Value)>();
        var text = new StringBuilder();
        Describe(typeof(TableImportJobDefinition), "", text, expected);

        var job = TableImportJobText.Parse(text.ToString());

        Assert.True(expected.Count >= 45, "the walk found only " + expected.Count + " values");
        AssertHolds(job, expected);
    }

    private static void AssertHolds(TableImportJobDefinition job, List<(string Path, object Value)> expected)
    {
        foreach (var (path, value) in expected)
        {
            var actual = Read(job, path);
            if (value is IEnumerable list and not string)
            {
                Assert.Equal(list.Cast<object>(), ((IEnumerable)actual!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(value, actual), path + ": expected " + value + ", got " + (actual ?? "null"));
            }
        }
    }

    [Fact]
    public void Every_get_is_a_deep_copy_of_what_was_read_once()
    {
        var text = new StringBuilder();
        Describe(typeof(TableImportJobDefinition), "", text, []);
        var literal = text.ToString();

        var expected = new List<(string Path, object Value)>();
        Describe(typeof(TableImportJobDefinition), "", new StringBuilder(), expected);
        var first = TableImportJobText.Parse(literal);
        Scribble(first);
        var second = TableImportJobText.Parse(literal);

        // Every value survives into a later copy: none left out of the copy, none shared with the scribbled one.
        AssertHolds(second, expected);

        Assert.NotSame(first, second);
        Assert.Equal("Schema.PredictionId", second.Schema.PredictionId);
        Assert.Equal("BigQueryTableConfig.TableName", second.BigQueryTableConfig!.TableName);
        Assert.Equal("Schema.PredictionObjectDetection.BoundingBoxesScoresColumnName", second.Schema.PredictionObjectDetection!.BoundingBoxesScoresColumnName);
        Assert.Equal("FeatureName", second.Schema.EmbeddingFeatures![0].FeatureName);
        Assert.Equal(["Schema.FeaturesList 1", "Schema.FeaturesList 2"], second.Schema.FeaturesList);
        Assert.Equal(7, second.TableIngestionParameters!.RowLimit);
    }

    [Fact]
    public void Escapes_stand_for_a_backslash_and_line_breaks_and_indentation_is_not_part_of_a_value()
    {
        var job = TableImportJobText.Parse("\n    ModelName: a\\\\b\\r\\nc: - d \n\t  Schema.FeaturesList:\n    -  two spaces\n    -\n    - \n");

        Assert.Equal("a\\b\r\nc: - d ", job.ModelName);
        Assert.Equal([" two spaces", "", ""], job.Schema.FeaturesList);
        Assert.Null(job.Schema.Features);
        Assert.Null(job.BigQueryTableConfig);
        Assert.Null(job.TableIngestionParameters);
    }

    [Theory]
    [InlineData("ModelName: x\nSchema.Unknown: y", "Line 2")]
    [InlineData("ModelType: 3", "'3'")]
    [InlineData("ModelType: ScoreCategorical, Ranking", "ScoreCategorical, Ranking")]
    [InlineData("TableIngestionParameters.RowLimit: many", "'many'")]
    [InlineData("- orphan", "an item outside a list")]
    [InlineData("Schema.FeaturesList: a", "a value after a list's key")]
    [InlineData("ModelName: a\\tb", "an unknown escape")]
    [InlineData("ModelName", "no 'Path: value'")]
    public void A_line_the_reader_cannot_place_is_a_FormatException_naming_it(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => TableImportJobText.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    // Writes a line for every settable value under `type`, each value its own path (or a number, enum member or flag).
    private static void Describe(Type type, string prefix, StringBuilder text, List<(string Path, object Value)> expected)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var path = prefix + property.Name;
            var kind = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (kind == typeof(string))
            {
                Line(path, path);
            }
            else if (kind == typeof(int))
            {
                Line(path, 7);
            }
            else if (kind == typeof(bool))
            {
                Line(path, true);
            }
            else if (kind.IsEnum)
            {
                Line(path, Enum.GetValues(kind).Cast<object>().Last());
            }
            else if (kind == typeof(IReadOnlyList<string>))
            {
                text.Append(path).Append(":\n- ").Append(path).Append(" 1\n- ").Append(path).Append(" 2\n");
                expected.Add((path, new[] { path + " 1", path + " 2" }));
            }
            else if (kind == typeof(IReadOnlyList<EmbeddingFeatureColumns>))
            {
                text.Append(path).Append(":\n");
                var item = new StringBuilder();
                var inner = new List<(string Path, object Value)>();
                Describe(typeof(EmbeddingFeatureColumns), "", item, inner);
                text.Append("- ").Append(item.ToString().Replace("\n", "\n  ", StringComparison.Ordinal).TrimEnd()).Append('\n');
                expected.AddRange(inner.Select(v => (path + "[0]." + v.Path, v.Value)));
            }
            else if (kind.IsClass && kind.Namespace == "TableImport")
            {
                Describe(kind, path + ".", text, expected);
            }
            else
            {
                throw new InvalidOperationException("The test does not know how to write " + path + " (" + kind + "): teach it, and TableImportJobText.");
            }
        }

        void Line(string path, object value)
        {
            text.Append(path).Append(": ").Append(value is bool ? "true" : value.ToString()).Append('\n');
            expected.Add((path, value));
        }
    }

    private static object? Read(object root, string path)
    {
        object? current = root;
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var index = -1;
            if (part.EndsWith("[0]", StringComparison.Ordinal))
            {
                name = part[..^3];
                index = 0;
            }

            current = current!.GetType().GetProperty(name)!.GetValue(current);
            if (index >= 0)
            {
                current = ((IList)current!)[index];
            }
        }

        return current;
    }

    // Changes every string and number reachable from the definition, lists and nested objects included.
    private static void Scribble(object target)
    {
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var value = property.GetValue(target);
            switch (value)
            {
                case string:
                    property.SetValue(target, "scribbled");
                    break;
                case int:
                    property.SetValue(target, 0);
                    break;
                case string[] strings:
                    strings[0] = "scribbled";
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        Scribble(item);
                    }

                    break;
                case not null when value.GetType().Namespace == "TableImport" && value.GetType().IsClass:
                    Scribble(value);
                    break;
            }
        }
    }
}
