using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;

namespace TableImport.SourceGeneration.Tests;

/// <summary>The generated definitions, compiled and loaded, equal what the seed's API examples send.</summary>
public sealed class DefinitionTests
{
    [Fact]
    public void Architecture_example_yields_the_seed_BigQuery_example()
    {
        var (_, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, JobSources.ArchitectureExample);
        var assembly = AssemblyLoader.EmitAndLoad(output);

        var job = AssemblyLoader.ReadJob(assembly, "Shop.Jobs.ScoredTransaction");

        Assert.Equal("My Test Model", job.ModelName);
        Assert.Equal("score_categorical", GraphQLNames.Of(job.ModelType));
        Assert.Equal("production", GraphQLNames.Of(job.ModelEnvironmentName));
        Assert.Equal("BigQuery", GraphQLNames.Of(job.TableStore));
        Assert.NotNull(job.BigQueryTableConfig);
        Assert.Equal("test-project-id", job.BigQueryTableConfig!.ProjectId);
        Assert.Equal("test-dataset", job.BigQueryTableConfig.Dataset);
        Assert.Equal("test-table", job.BigQueryTableConfig.TableName);
        Assert.Null(job.SnowflakeTableConfig);
        Assert.Null(job.DatabricksTableConfig);

        var schema = job.Schema;
        Assert.Equal("prediction_id", schema.PredictionId);
        Assert.Equal("prediction", schema.PredictionLabel);
        Assert.Equal("prediction_ts", schema.Timestamp);
        Assert.Equal("feature_", schema.Features);
        Assert.Equal("actual", schema.ActualLabel);
        Assert.Equal("model_version", schema.Version);
        Assert.Equal("tag_", schema.Tags);
        Assert.Equal("partition_timestamp", schema.ChangeTimestamp);

        // Nothing beyond the seed's eight columns: prefix mode sends no lists.
        Assert.Null(schema.FeaturesList);
        Assert.Null(schema.TagsList);
        Assert.Null(schema.PredictionScore);
        Assert.Null(schema.ActualScore);
        Assert.Null(schema.EmbeddingFeatures);
        Assert.Null(job.ModelVersion);
        Assert.Null(job.BatchId);
        Assert.Null(job.TableIngestionParameters);
        Assert.False(job.EventBased);
        Assert.Equal("Shop.Jobs.ScoredTransaction", job.JobTypeName);

        Assert.Equal("prediction_ts", AssemblyLoader.ReadColumn(assembly, "Shop.Jobs.ScoredTransaction", "PredictionTs"));
    }

    [Fact]
    public void TableImportJob_returns_a_new_instance_on_every_get()
    {
        var (_, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, JobSources.ArchitectureExample);
        var assembly = AssemblyLoader.EmitAndLoad(output);

        var first = AssemblyLoader.ReadJob(assembly, "Shop.Jobs.ScoredTransaction");
        first.ModelName = "changed";
        first.BigQueryTableConfig!.TableName = "changed";
        first.Schema.PredictionId = "changed";
        var second = AssemblyLoader.ReadJob(assembly, "Shop.Jobs.ScoredTransaction");

        // The definition is read from its text once and copied on every get: a change to one copy, however deep, is its own.
        Assert.NotSame(first, second);
        Assert.Equal("My Test Model", second.ModelName);
        Assert.Equal("test-table", second.BigQueryTableConfig!.TableName);
        Assert.Equal("prediction_id", second.Schema.PredictionId);
    }

    [Fact]
    public void Values_with_quotes_backslashes_line_breaks_colons_and_dashes_arrive_unchanged()
    {
        const string source = """
            using TableImport;

            namespace Odd.Jobs
            {
                [TableImportJob("a \"quoted\" name: \\ with\r\na break", ModelType.ScoreCategorical, ModelEnvironment.Production, ModelVersion = "  v1 ")]
                [BigQueryTable("p", "- d", "t:1")]
                public partial class Awkward
                {
                    [PredictionId] public string Id { get; set; } = "";
                    [PredictionTimestamp] public System.DateTime At { get; set; }
                    [ChangeTimestamp] public System.DateTime Changed { get; set; }
                    [PredictionLabel] public string Label { get; set; } = "";
                    [Feature, ColumnName("- dash")] public double Dash { get; set; }
                    [Feature, ColumnName("back\\slash \"q\"")] public double Back { get; set; }
                    [Tag, ColumnName("Schema.Tags: x")] public string? Tag { get; set; }
                }
            }
            """;
        var (_, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, source);
        var job = AssemblyLoader.ReadJob(AssemblyLoader.EmitAndLoad(output), "Odd.Jobs.Awkward");

        Assert.Equal("a \"quoted\" name: \\ with\r\na break", job.ModelName);
        Assert.Equal("  v1 ", job.ModelVersion);
        Assert.Equal("- d", job.BigQueryTableConfig!.Dataset);
        Assert.Equal("t:1", job.BigQueryTableConfig.TableName);
        Assert.Equal(["- dash", "back\\slash \"q\""], job.Schema.FeaturesList);
        Assert.Equal(["Schema.Tags: x"], job.Schema.TagsList);
        Assert.Null(job.Schema.Tags);
    }

    [Fact]
    public void Snowflake_upper_snake_case_job_yields_the_seed_event_based_example()
    {
        var (_, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, JobSources.SnowflakeEventBased);
        var assembly = AssemblyLoader.EmitAndLoad(output);

        var job = AssemblyLoader.ReadJob(assembly, "Warehouse.Events.TriggeredPrediction");

        Assert.Equal("model-name", job.ModelName);
        Assert.Equal(TableStore.Snowflake, job.TableStore);
        Assert.True(job.EventBased);
        Assert.Equal("snowflake-account-id", job.SnowflakeTableConfig!.AccountID);
        Assert.Equal("database-name", job.SnowflakeTableConfig.Database);
        Assert.Equal("snowflake-schema", job.SnowflakeTableConfig.Schema);
        Assert.Equal("table-name", job.SnowflakeTableConfig.TableName);
        Assert.Equal("PRED_ID", job.Schema.PredictionId);
        Assert.Equal("PRED_LABEL", job.Schema.PredictionLabel);
        Assert.Equal("TIMESTAMP", job.Schema.Timestamp);
        Assert.Equal("CHANGE_TIMESTAMP", job.Schema.ChangeTimestamp);
        Assert.Empty(job.Schema.FeaturesList!);
        Assert.Empty(job.Schema.TagsList!);
        Assert.Null(job.Schema.Features);
        Assert.Null(job.Schema.Tags);

        Assert.Equal("PRED_ID", AssemblyLoader.ReadColumn(assembly, "Warehouse.Events.TriggeredPrediction", "PredId"));
        Assert.Equal("CHANGE_TIMESTAMP", AssemblyLoader.ReadColumn(assembly, "Warehouse.Events.TriggeredPrediction", "ChangeTimestamp"));
    }

    [Fact]
    public void All_lists_every_listable_job_in_name_order_and_registers_them_at_module_load()
    {
        // The registry keeps the first registration per assembly name, so this assembly's name is its own.
        var (_, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, "AllJobsAssembly", [.. JobSources.AllValid]);
        var assembly = AssemblyLoader.EmitAndLoad(output);

        var all = (IReadOnlyList<TableImportJobDefinition>)assembly.GetType("TableImport.Generated.TableImportJobs", throwOnError: true)!
            .GetProperty("All")!.GetValue(null)!;

        string[] expected =
        [
            "@event.Jobs.@class",
            "@event.Jobs.PositionalRow",
            "@event.Jobs.ReadOnlyRow",
            "@event.Jobs.RefRow",
            "Ads.Jobs.Models.Ranking.Impression",
            "ChatResponse",
            "Fraud.Jobs.FraudScore",
            "Fraud.Jobs.LabelledFraudScore",
            "Lending.Jobs.LoanScore",
            "Pricing.Jobs.PricePrediction",
            "Shop.Jobs.ScoredTransaction",
            "Support.Jobs.TicketRouting",
            "Vision.Jobs.ShelfDetection",
            "Warehouse.Events.TriggeredPrediction",
        ];
        Assert.Equal(expected, all.Select(j => j.JobTypeName));

        // Touching a type runs the module initializer, which hands the jobs to the registry.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        Assert.Contains("AllJobsAssembly", output.SyntaxTrees.Last().ToString());
        Assert.Contains(TableImportJobRegistry.Registered, j => j.JobTypeName == "Fraud.Jobs.LabelledFraudScore" && j.ModelName == "fraud-with-actuals");
    }

    [Fact]
    public void Inherited_members_map_and_a_derived_job_keeps_its_own_definition()
    {
        var (_, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, JobSources.InheritedMembers);
        var assembly = AssemblyLoader.EmitAndLoad(output);

        var baseJob = AssemblyLoader.ReadJob(assembly, "Fraud.Jobs.FraudScore");
        var derived = AssemblyLoader.ReadJob(assembly, "Fraud.Jobs.LabelledFraudScore");

        Assert.Equal("updated_at", baseJob.Schema.ChangeTimestamp);
        Assert.Equal(["source"], baseJob.Schema.TagsList!);
        Assert.Null(baseJob.Schema.ActualLabel);
        Assert.Equal("fraud-with-actuals", derived.ModelName);
        Assert.Equal("transaction_id", derived.Schema.PredictionId);
        Assert.Equal("confirmed_fraud", derived.Schema.ActualLabel);
        Assert.Equal("updated_at", derived.Schema.ChangeTimestamp);
    }

    [Fact]
    public void Jobs_with_rule_errors_still_get_their_members_but_a_non_partial_type_does_not()
    {
        var (result, output, _) = GeneratorRunner.Run(ProjectSetup.Net100NullableEnabled, JobSources.JobsWithErrors);
        var sources = GeneratorRunner.GeneratedSources(result);

        Assert.Contains(sources.Keys, k => k.StartsWith("Broken.Jobs.NoTable.TableImportJob_", StringComparison.Ordinal));
        Assert.Contains(sources.Keys, k => k.StartsWith("Broken.Jobs.GenericJob_1.TableImportJob_", StringComparison.Ordinal));
        Assert.DoesNotContain(sources.Keys, k => k.Contains("NotPartial"));
        // A generic type cannot be named without type arguments, so All leaves it out.
        var all = sources[Emitting.Emitter.AllJobsHintName];
        Assert.Contains("global::Broken.Jobs.NoTable.TableImportJob,", all);
        Assert.DoesNotContain("GenericJob", all);
        Assert.Empty(GeneratorRunner.Problems(output));
    }
}
