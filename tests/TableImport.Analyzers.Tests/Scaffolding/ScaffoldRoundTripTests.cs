using TableImport.Scaffolding;
using Xunit;
using Xunit.Abstractions;

namespace TableImport.Analyzers.Tests.Scaffolding;

/// <summary>
/// A scaffolded job type, compiled with the real generator and analyzer, has no diagnostic at all, and the job the
/// generator writes for it is the scaffolded job again: every schema field (through the catalog), every job field, the
/// table with its placeholders, and the ingestion parameters.
/// </summary>
public sealed class ScaffoldRoundTripTests(ITestOutputHelper output)
{
    public static TheoryData<string> Names() => new(ScaffoldCorpus.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_written_type_declares_the_job_again_with_no_diagnostic(string name)
    {
        var job = ScaffoldCorpus.All().Single(c => c.Name == name).Job;
        var scaffold = new JobScaffold(job) { Namespace = "Adopted.Jobs" };
        var source = JobScaffoldWriter.Write(scaffold);
        output.WriteLine(source);

        var generated = Assert.Single(ScaffoldCompiler.Jobs(nullable: true, source)).Value;
        Assert.Equal(job.ModelName, generated.ModelName);
        Assert.Equal(job.ModelType, generated.ModelType);
        Assert.Equal(job.ModelEnvironmentName, generated.ModelEnvironmentName);
        Assert.Equal(job.ModelVersion, generated.ModelVersion);
        Assert.Equal(job.BatchId, generated.BatchId);
        Assert.Equal(job.TableStore, generated.TableStore);
        Assert.Equal(job.EventBased, generated.EventBased);
        AssertSameSchema(job.Schema, generated.Schema);
        Assert.Equal(job.TableIngestionParameters?.RowLimit, generated.TableIngestionParameters?.RowLimit);
        Assert.Equal(job.TableIngestionParameters?.RefreshIntervalMinutes, generated.TableIngestionParameters?.RefreshIntervalMinutes);
        Assert.Equal(job.TableIngestionParameters?.QueryWindowSizeHours, generated.TableIngestionParameters?.QueryWindowSizeHours);

        // The table as the server reports it is the same, so registration finds this very job; the rest are placeholders.
        Assert.True(TableImportJobIdentity.Of(job).Matches(TableImportJobIdentity.Of(generated)), $"{TableImportJobIdentity.Of(job)} vs {TableImportJobIdentity.Of(generated)}");
        Assert.DoesNotContain(generated.Validate(), v => v.IsArizeRule);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_written_type_compiles_cleanly_with_nullable_off_too(string name)
    {
        var job = ScaffoldCorpus.All().Single(c => c.Name == name).Job;
        Assert.Single(ScaffoldCompiler.Jobs(nullable: false, JobScaffoldWriter.Write(new JobScaffold(job))));
    }

    [Fact]
    public void Placeholders_and_what_the_source_could_not_say_are_comments_of_the_file()
    {
        var job = ScaffoldCorpus.All().Single(c => c.Name == "object detection, event based").Job;
        var scaffold = new JobScaffold(job) { Source = "From a test." };
        scaffold.Notes.Add("A note of the caller's.");
        var source = JobScaffoldWriter.Write(scaffold);

        Assert.StartsWith("// From a test.\n", source, StringComparison.Ordinal);
        Assert.Contains("[SnowflakeTable(\"<account>\", \"<database>\", \"<schema>\", \"DETECTIONS\")]", source, StringComparison.Ordinal);
        Assert.Contains("// Replace the placeholders \"<account>\", \"<database>\", \"<schema>\" in [SnowflakeTable]", source, StringComparison.Ordinal);
        Assert.Contains("// A note of the caller's.", source, StringComparison.Ordinal);
        Assert.Contains("EventBased = true", source, StringComparison.Ordinal);
        Assert.Contains("ColumnNaming = ColumnNaming.UpperSnakeCase", source, StringComparison.Ordinal);
        Assert.Contains("each member's type is assumed from its role", source, StringComparison.Ordinal);
    }

    [Fact]
    public void What_no_attribute_can_say_is_a_comment_and_the_rest_of_the_job_is_written()
    {
        var job = ScaffoldCorpus.Job("excluding", ModelType.ScoreCategorical, ModelEnvironment.Production, ScaffoldCorpus.Bq("t"), new()
        {
            PredictionId = "id", Timestamp = "at", ChangeTimestamp = "changed", PredictionLabel = "label",
            Features = "f_", FeaturesList = ["f_one"], Exclude = ["f_secret", "f_internal"],
        });
        var source = JobScaffoldWriter.Write(new JobScaffold(job));
        output.WriteLine(source);

        Assert.Contains("// NOT EXPRESSED: schema.exclude lists \"f_secret\", \"f_internal\", which no attribute of a job type declares", source, StringComparison.Ordinal);
        Assert.Contains("// NOT EXPRESSED: schema.featuresList lists \"f_one\" beside the prefix \"f_\" (schema.features)", source, StringComparison.Ordinal);
        var generated = Assert.Single(ScaffoldCompiler.Jobs(nullable: true, source)).Value;
        Assert.Equal("f_", generated.Schema.Features);
        Assert.Equal("label", generated.Schema.PredictionLabel);
    }

    [Fact]
    public void Column_names_are_reproduced_by_the_policy_or_by_ColumnName_and_member_names_are_readable()
    {
        var job = ScaffoldCorpus.All().Single(c => c.Name == "multi-class odd names").Job;
        var source = JobScaffoldWriter.Write(new JobScaffold(job) { ClassName = "Routing" });

        Assert.Contains("[ColumnName(\"Ticket ID\")]\n    [PredictionId]\n    public string TicketId { get; set; } = \"\";", source, StringComparison.Ordinal);
        Assert.Contains("[ColumnName(\"2nd-opinion\")]\n    [ActualScores]\n    public Dictionary<string, double> _2ndOpinion { get; set; } = new Dictionary<string, double>();", source, StringComparison.Ordinal);
        Assert.Contains("[Feature]\n    public string Version_2 { get; set; } = \"\";", source, StringComparison.Ordinal);
        Assert.Contains("[Feature]\n    public string A_B { get; set; } = \"\";", source, StringComparison.Ordinal);
        Assert.Contains("[ColumnName(\"Columns\")]\n    [Feature]\n    public string ColumnsColumn", source, StringComparison.Ordinal);
        Assert.Contains("[ColumnName(\"ToString\")]\n    [Feature]\n    public string ToStringColumn", source, StringComparison.Ordinal);
        Assert.Contains("[Feature]\n    public string Class { get; set; } = \"\";", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ColumnNaming =", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Class_names_are_unique_by_environment_then_table_then_number()
    {
        var jobs = new[]
        {
            ScaffoldCorpus.Job("card fraud", ModelType.Numeric, ModelEnvironment.Production, ScaffoldCorpus.Bq("a"), new()),
            ScaffoldCorpus.Job("card-fraud", ModelType.Numeric, ModelEnvironment.Training, ScaffoldCorpus.Bq("a"), new()),
            ScaffoldCorpus.Job("CARD_FRAUD", ModelType.Numeric, ModelEnvironment.Training, ScaffoldCorpus.Bq("b"), new()),
            ScaffoldCorpus.Job("2fa", ModelType.Numeric, ModelEnvironment.Production, ScaffoldCorpus.Bq("a"), new()),
            ScaffoldCorpus.Job("TableImport", ModelType.Numeric, ModelEnvironment.Production, ScaffoldCorpus.Bq("a"), new()),
        };

        Assert.Equal(["CardFraudProduction", "CardFraudTrainingA", "CardFraudTrainingB", "_2fa", "TableImportJob"], JobScaffoldWriter.ClassNames(jobs));
    }

    [Fact]
    public void Names_the_files_use_are_never_a_member_or_a_class_so_the_files_of_a_space_compile_together()
    {
        // Columns named for the enums the class attribute names (a member of that name would shadow it there), and a
        // keyword C# reserves with two underscores; models whose class name would hide a type every file uses.
        string[] features = ["model_type", "model_environment", "column_naming", "__arglist"];
        TableImportSchema Schema() => new() { PredictionId = "id", PredictionLabel = "label", Timestamp = "ts", ChangeTimestamp = "changed", FeaturesList = [.. features] };
        var jobs = new[] { "model type", "guid", "columns" }
            .Select(model => ScaffoldCorpus.Job(model, ModelType.ScoreCategorical, ModelEnvironment.Production, ScaffoldCorpus.Bq("t"), Schema()))
            .ToList();
        var names = JobScaffoldWriter.ClassNames(jobs);
        Assert.Equal(["ModelTypeJob", "GuidJob", "ColumnsJob"], names);

        var sources = jobs.Select((job, i) => JobScaffoldWriter.Write(new JobScaffold(job) { ClassName = names[i], Namespace = "Adopted.Jobs" })).ToArray();
        output.WriteLine(sources[0]);
        var generated = ScaffoldCompiler.Jobs(nullable: true, sources);

        Assert.Equal(3, generated.Count);
        Assert.All(generated.Values, job => Assert.Equal(features, job.Schema.FeaturesList));
        Assert.Contains("[ColumnName(\"model_type\")]", sources[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ModelType")]
    [InlineData("TableImportJob")]
    [InlineData("DateTimeOffset")]
    [InlineData("2bad")]
    public void A_class_name_that_would_not_compile_is_refused_before_anything_is_written(string className)
    {
        var job = ScaffoldCorpus.Job("m", ModelType.ScoreCategorical, ModelEnvironment.Production, ScaffoldCorpus.Bq("t"), new TableImportSchema { PredictionId = "id" });

        var refused = Assert.Throws<ArgumentException>(() => JobScaffoldWriter.Write(new JobScaffold(job) { ClassName = className }));
        Assert.Contains("'" + className + "'", refused.Message, StringComparison.Ordinal);
    }

    // Field by field through the catalog, as registration compares them: a list left empty and one left out are the same.
    private static void AssertSameSchema(TableImportSchema expected, TableImportSchema actual)
    {
        foreach (var field in SchemaFields.All)
        {
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList:
                    Assert.True((field.GetList(expected) ?? []).SequenceEqual(field.GetList(actual) ?? []), field.Path + ": " + string.Join(",", field.GetList(actual) ?? []));
                    break;
                case SchemaFieldKind.Embeddings:
                    string Key(EmbeddingFeatureColumns e) => string.Join("|", field.Parts.Select(p => p.Get(e) ?? ""));
                    Assert.Equal((field.GetEmbeddings(expected) ?? []).Select(Key), (field.GetEmbeddings(actual) ?? []).Select(Key));
                    break;
                case SchemaFieldKind.ObjectDetection:
                    foreach (var part in field.Parts)
                    {
                        Assert.Equal(field.GetBoxes(expected) is { } e ? part.Get(e) : null, field.GetBoxes(actual) is { } a ? part.Get(a) : null);
                    }

                    break;
                default:
                    Assert.True(field.GetText(expected) == field.GetText(actual), $"{field.Path}: {field.GetText(expected)} vs {field.GetText(actual)}");
                    break;
            }
        }
    }
}
