namespace TableImport.Client.Tests;

/// <summary>A definition that breaks an Arize rule never leaves the process; advice never stops one.</summary>
public sealed class RuleValidationTests
{
    /// <summary>The case: a multi-class job in training with prediction scores only, built in code.</summary>
    private static TableImportJobDefinition MultiClassTrainingWithoutActualScores() => new()
    {
        ModelName = "churn-classes",
        ModelType = ModelType.MultiClass,
        ModelEnvironmentName = ModelEnvironment.Training,
        TableStore = TableStore.BigQuery,
        BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "acme", Dataset = "ml", TableName = "churn" },
        Schema = new TableImportSchema
        {
            PredictionId = "prediction_id",
            Timestamp = "predicted_at",
            ChangeTimestamp = "changed_at",
            PredictionScores = "class_scores",
        },
    };

    [Fact]
    public void Validate_reports_TI0008_naming_the_missing_field_the_model_type_and_the_environment()
    {
        var violation = Assert.Single(MultiClassTrainingWithoutActualScores().Validate());

        Assert.Equal("TI0008", violation.Id);
        Assert.Equal(TableImportRuleKind.ArizeRule, violation.Kind);
        Assert.Equal("schema.actualScores", violation.Field);
        Assert.Equal(
            "Job 'churn-classes' (MultiClass model, Training environment) cannot be imported: it is missing [ActualScores] (schema.actualScores); map the column that holds it.",
            violation.Message);
    }

    [Fact]
    public async Task CreateJobAsync_throws_naming_TI0008_and_sends_nothing()
    {
        await using var harness = await EmulatorHarness.StartAsync();

        var error = await Assert.ThrowsAsync<TableImportValidationException>(() => harness.Client.CreateJobAsync(MultiClassTrainingWithoutActualScores(), Test.Timeout));

        Assert.Contains("breaks Arize rule TI0008, so nothing was sent", error.Message, StringComparison.Ordinal);
        Assert.Equal("TI0008", Assert.Single(error.Violations).Id);
        Assert.Equal("TI0008", error.Result.ErrorCode);
        Assert.Empty(error.ServerMessages);
        Assert.Empty(harness.Recorder.Requests);
        Assert.Equal(0, harness.Server.RequestCounts.Total);
    }

    [Fact]
    public async Task CreateEventBasedJobAsync_on_BigQuery_throws_naming_TI0012_and_sends_nothing()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var job = SeedJobs.ScoredTransaction();
        job.EventBased = true;

        var error = await Assert.ThrowsAsync<TableImportValidationException>(() => harness.Client.CreateEventBasedJobAsync(job, Test.Timeout));

        Assert.Equal("TI0012", Assert.Single(error.Violations).Id);
        Assert.Contains("Tests.ScoredTransaction breaks Arize rule TI0012", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Recorder.Requests);
    }

    [Fact]
    public async Task DryRunAsync_returns_every_broken_rule_as_a_failed_result_without_a_request()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var job = MultiClassTrainingWithoutActualScores();
        job.Schema.ChangeTimestamp = null;

        var result = await harness.Client.DryRunAsync(job, Test.Timeout);

        Assert.False(result.Passed);
        Assert.Equal("Failed", result.Status);
        Assert.Equal(["TI0004", "TI0008"], result.Violations.Select(v => v.Id));
        Assert.Equal("TI0004", result.ErrorCode);
        Assert.StartsWith("TI0004: Job 'churn-classes' maps no change timestamp", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains(" TI0008: Job 'churn-classes' (MultiClass model, Training environment)", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Empty(harness.Recorder.Requests);
    }

    [Fact]
    public async Task Advice_is_reported_by_Validate_but_the_dry_run_is_sent_and_passes()
    {
        await using var harness = await EmulatorHarness.StartAsync();
        var job = SeedJobs.ScoredTransaction();
        job.Schema.Timestamp = null;

        var advice = Assert.Single(job.Validate());
        var result = await harness.Client.DryRunAsync(job, Test.Timeout);

        Assert.Equal(("TI0005", TableImportRuleKind.Advice), (advice.Id, advice.Kind));
        Assert.True(result.Passed, result.ToString());
        Assert.Empty(result.Violations);
        Assert.Single(harness.Recorder.Requests);
    }
}
