using Xunit;

namespace TableImport.Analyzers.Tests;

/// <summary>
/// <c>TableImportJobDefinition.Validate()</c> on definitions built in code, for what only a definition can get wrong
/// (a table store that does not match its config, null list entries, a value outside an enum). The rules themselves are
/// the analyzer's, proven equal by the parity test.
/// </summary>
public class ValidateTests
{
    private static TableImportJobDefinition Valid() => new()
    {
        ModelName = "fraud",
        ModelType = ModelType.ScoreCategorical,
        ModelEnvironmentName = ModelEnvironment.Production,
        TableStore = TableStore.BigQuery,
        BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = "t" },
        Schema = new TableImportSchema { PredictionId = "id", Timestamp = "ts", ChangeTimestamp = "changed", PredictionLabel = "label" },
    };

    [Fact]
    public void A_valid_definition_breaks_nothing() => Assert.Empty(Valid().Validate());

    [Fact]
    public void An_empty_definition_reports_each_rule_once_in_a_stable_order_with_its_field_and_kind()
    {
        var violations = new TableImportJobDefinition().Validate();

        Assert.Equal(
            [
                ("TI0018", "modelName", TableImportRuleKind.ArizeRule),
                ("TI0011", "bigQueryTableConfig", TableImportRuleKind.ArizeRule),
                ("TI0003", "schema.predictionId", TableImportRuleKind.ArizeRule),
                ("TI0004", "schema.changeTimestamp", TableImportRuleKind.ArizeRule),
                ("TI0005", "schema.timestamp", TableImportRuleKind.Advice),
                ("TI0008", "schema.predictionLabel", TableImportRuleKind.ArizeRule),
            ],
            violations.Select(v => (v.Id, v.Field, v.Kind)));
        Assert.Equal("TI0011: Job (no model name) reads no table: tableStore is BigQuery but bigQueryTableConfig is not set; set it.", violations[1].ToString());
    }

    [Fact]
    public void A_table_config_that_does_not_match_the_store_is_TI0011()
    {
        var job = Valid();
        job.TableStore = TableStore.Snowflake;

        var violation = Assert.Single(job.Validate());

        Assert.Equal(("TI0011", "tableStore"), (violation.Id, violation.Field));
        Assert.Equal(
            "Job 'fraud' has tableStore Snowflake but its table is a bigQueryTableConfig; set tableStore to BigQuery, or give a snowflakeTableConfig instead.",
            violation.Message);
    }

    [Fact]
    public void Two_table_configs_are_TI0011_on_the_second()
    {
        var job = Valid();
        job.SnowflakeTableConfig = new SnowflakeTableConfig { AccountID = "a", Database = "db", Schema = "s", TableName = "t" };

        var violation = Assert.Single(job.Validate());

        Assert.Equal(("TI0011", "snowflakeTableConfig"), (violation.Id, violation.Field));
    }

    [Fact]
    public void A_null_or_blank_list_entry_is_an_empty_column_name()
    {
        var job = Valid();
        job.Schema.FeaturesList = ["amount", null!, " "];

        var violations = job.Validate();

        Assert.Equal(["TI0018", "TI0018"], violations.Select(v => v.Id));
        Assert.All(violations, v => Assert.Equal("schema.featuresList", v.Field));
    }

    [Fact]
    public void Reserved_LLM_tag_names_are_refused_on_every_model_type_in_any_case()
    {
        var job = Valid();
        job.Schema.TagsList = ["region", "TOTAL_TOKEN_COUNT"];

        var violation = Assert.Single(job.Validate());

        Assert.Equal(("TI0015", "schema.tagsList"), (violation.Id, violation.Field));
        Assert.Equal("The tag column 'TOTAL_TOKEN_COUNT' (job 'fraud') is reserved for LLM run metadata; give it another name.", violation.Message);
    }

    [Fact]
    public void A_model_type_outside_the_enum_skips_the_rules_that_need_one_instead_of_throwing()
    {
        var job = Valid();
        job.ModelType = (ModelType)99;
        job.Schema.PredictionLabel = null;

        Assert.Empty(job.Validate());
    }

    [Fact]
    public void A_definition_the_generator_emitted_is_named_by_its_job_type()
    {
        var job = Valid();
        job.JobTypeName = "Contoso.FraudScores";
        job.Schema.ChangeTimestamp = null;

        Assert.StartsWith("Job type 'Contoso.FraudScores' maps no change timestamp", Assert.Single(job.Validate()).Message, StringComparison.Ordinal);
    }
}
