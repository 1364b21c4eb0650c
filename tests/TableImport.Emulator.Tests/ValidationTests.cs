using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

/// <summary>A failed validation answers Failed with a message naming the field, on a dry run and on a create, and creates nothing.</summary>
public sealed class ValidationTests : EmulatorTestBase
{
    // The rule each invalid input breaks, and a piece of its message that names the field to change.
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "no-prediction-id", "TI0003", "(schema.predictionId)" },
        { "no-change-timestamp", "TI0004", "(schema.changeTimestamp)" },
        { "blank-model-name", "TI0018", "model name (modelName)" },
        { "no-table-config", "TI0011", "tableStore is BigQuery but bigQueryTableConfig is not set" },
        { "two-table-configs", "TI0011", "declares 2 tables ([BigQueryTable] (bigQueryTableConfig), [SnowflakeTable] (snowflakeTableConfig))" },
        { "config-mismatch", "TI0011", "has tableStore BigQuery but its table is a snowflakeTableConfig" },
        { "blank-table-name", "TI0011", "(bigQueryTableConfig.tableName)" },
        { "validation-without-batch", "TI0016", "requires a batch id" },
        { "tracing", "TI0008", "the Tracing environment is not a table-import target" },
        { "training-without-actual", "TI0008", "(ScoreCategorical model, Training environment) cannot be imported: it is missing an actual column" },
        { "numeric-training-without-prediction", "TI0008", "(Numeric model, Training environment) cannot be imported: it is missing a prediction column" },
        { "production-neither", "TI0008", "a prediction column ([PredictionLabel] (schema.predictionLabel) or [PredictionScore] (schema.predictionScore)) or an actual column" },
        { "ranking-without-rank", "TI0008", "it is missing [Rank] (schema.rank)" },
        { "ranking-without-group", "TI0008", "it is missing [PredictionGroupId] (schema.predictionGroupId)" },
        { "ranking-training-without-relevance", "TI0008", "(Ranking model, Training environment) cannot be imported: it is missing a relevance column" },
        { "multi-class-without-scores", "TI0008", "[PredictionScores] (schema.predictionScores) or [ActualScores] (schema.actualScores)" },
        { "multi-class-training-prediction-scores-only", "TI0008", "(MultiClass model, Training environment) cannot be imported: it is missing [ActualScores] (schema.actualScores)" },
        { "multi-class-threshold-alone", "TI0008", "which [ThresholdScores] (schema.thresholdScores) requires" },
        { "multi-class-label", "TI0009", "[PredictionLabel] (schema.predictionLabel) on column 'label' is not allowed for a MultiClass model" },
        { "object-detection-production-no-boxes", "TI0008", "prediction bounding boxes ([PredictionBoundingBoxCoordinates]" },
        { "object-detection-training-one-side", "TI0008", "it is missing actual bounding boxes" },
        { "object-detection-label", "TI0009", "[PredictionLabel] (schema.predictionLabel) on column 'label' is not allowed for a ObjectDetection model" },
        { "llm-training-without-actual", "TI0008", "(GenerativeLlm model, Training environment) cannot be imported: it is missing [ActualLabel] (schema.actualLabel)" },
        { "two-fields-one-column", "TI0007", "maps column 'prediction' twice, as [PredictionLabel] (schema.predictionLabel) and as [ActualLabel] (schema.actualLabel)" },
        { "row-limit-zero", "TI0017", "RowLimit = 0 (tableIngestionParameters.rowLimit)" },
        { "refresh-zero", "TI0017", "RefreshIntervalMinutes = 0 (tableIngestionParameters.refreshIntervalMinutes)" },
        { "window-negative", "TI0017", "QueryWindowSizeHours = -1 (tableIngestionParameters.queryWindowSizeHours)" },
        { "shap-feature", "TI0015", "The feature column 'income_shap'" },
        { "shap-tag", "TI0015", "The tag column 'region_shap'" },
        { "reserved-tag-any-case-any-model", "TI0015", "The tag column 'Prompt_Token_Count'" },
        { "empty-feature-name", "TI0018", "column name (schema.featuresList)" },
        { "event-based-on-bigquery", "TI0012", "event-based jobs exist for Snowflake only" },
        // Not rules of the rulebook: the emulator's own bounds [inf].
        { "row-limit-huge", "INVALID_VALUE", "tableIngestionParameters.rowLimit must be at most 10000000, got 10000001" },
        { "refresh-huge", "INVALID_VALUE", "tableIngestionParameters.refreshIntervalMinutes must be at most 525600, got 525601" },
        { "window-huge", "INVALID_VALUE", "tableIngestionParameters.queryWindowSizeHours must be at most 87600, got 87601" },
        { "window-past-year-one", "INVALID_VALUE", "tableIngestionParameters.queryWindowSizeHours must be at most 87600, got 18000000" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Dry_run_and_create_fail_with_the_rule_id_and_create_nothing(string caseName, string code, string expected)
    {
        var eventBased = caseName == "event-based-on-bigquery";
        foreach (var dryRun in new[] { true, false })
        {
            var input = Invalid(caseName);
            input["dryRun"] = dryRun;

            var payload = (await Client.SendAsync(eventBased ? Jobs.CreateEventBased : Jobs.Create, Jobs.Variables(input))).AssertData()
                .GetProperty(eventBased ? "createTriggeredOngoingTableImportJob" : "createTableImportJob");

            var result = payload.GetProperty("validationResult");
            Assert.Equal("Failed", result.GetProperty("validationStatus").GetString());
            var error = result.GetProperty("error");
            Assert.Equal(code, error.GetProperty("code").GetString());
            var message = error.GetProperty("message").GetString()!;
            Assert.Contains(expected, message, StringComparison.Ordinal);
            if (code.StartsWith("TI", StringComparison.Ordinal))
            {
                Assert.StartsWith(code + ": ", message, StringComparison.Ordinal);
            }

            Assert.Equal(JsonValueKind.Null, payload.GetProperty("tableImportJob").ValueKind);
        }

        Assert.Empty(await Jobs.ListAllIdsAsync(Client, "space_id", 50));
    }

    [Fact]
    public async Task Every_Arize_rule_a_job_breaks_is_in_the_message_and_the_first_is_the_code()
    {
        var input = Jobs.Input(change: i =>
        {
            Schema(i).Remove("predictionId");
            Schema(i).Remove("changeTimestamp");
        });

        var error = (await Client.SendAsync(Jobs.Create, Jobs.Variables(input))).AssertData()
            .GetProperty("createTableImportJob").GetProperty("validationResult").GetProperty("error");

        Assert.Equal("TI0003", error.GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString()!;
        Assert.StartsWith("TI0003: Job 'My Test Model' maps no prediction id", message, StringComparison.Ordinal);
        Assert.Contains(" TI0004: Job 'My Test Model' maps no change timestamp", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Valid_inputs_of_every_model_type_pass()
    {
        foreach (var caseName in new[] { "valid-ranking", "valid-multi-class", "valid-object-detection", "valid-llm", "valid-validation-env", "valid-databricks" })
        {
            var input = Invalid(caseName);
            input["dryRun"] = true;
            var result = (await Client.SendAsync(Jobs.Create, Jobs.Variables(input))).AssertData().GetProperty("createTableImportJob").GetProperty("validationResult");
            Assert.True("Passed" == result.GetProperty("validationStatus").GetString(), caseName + ": " + result);
        }
    }

    [Fact]
    public async Task Advice_and_what_the_rulebook_does_not_forbid_pass()
    {
        // No prediction timestamp is advice (TI0005): Arize accepts the job. A feature prefix ending in _shap and boxes
        // without a categories column break no rule of the rulebook, so the emulator no longer refuses them.
        foreach (var caseName in new[] { "advice-no-timestamp", "shap-feature-prefix", "object-detection-boxes-without-categories" })
        {
            var input = Invalid(caseName);
            input["dryRun"] = true;
            var result = (await Client.SendAsync(Jobs.Create, Jobs.Variables(input))).AssertData().GetProperty("createTableImportJob").GetProperty("validationResult");
            Assert.True("Passed" == result.GetProperty("validationStatus").GetString(), caseName + ": " + result);
        }
    }

    [Fact]
    public async Task A_missing_required_input_field_is_a_graphql_error()
    {
        var input = Jobs.Input();
        input.Remove("modelName");

        var response = await Client.SendAsync(Jobs.Create, Jobs.Variables(input));

        Assert.True(response.HasErrors);
        Assert.Contains("modelName", response.FirstError, StringComparison.Ordinal);
    }

    private static JsonObject Invalid(string caseName) => caseName switch
    {
        "no-prediction-id" => Jobs.Input(change: i => Schema(i).Remove("predictionId")),
        "no-change-timestamp" => Jobs.Input(change: i => Schema(i).Remove("changeTimestamp")),
        "advice-no-timestamp" => Jobs.Input(change: i => Schema(i).Remove("timestamp")),
        "two-fields-one-column" => Jobs.Input(change: i => Schema(i)["actualLabel"] = "prediction"),
        "event-based-on-bigquery" => Jobs.Input(),
        "empty-feature-name" => Jobs.Input(change: i =>
        {
            Schema(i).Remove("features");
            Schema(i)["featuresList"] = new JsonArray("age", " ");
        }),
        "reserved-tag-any-case-any-model" => Jobs.Input(change: i =>
        {
            Schema(i).Remove("tags");
            Schema(i)["tagsList"] = new JsonArray("Prompt_Token_Count");
        }),
        "ranking-training-without-relevance" => Jobs.Input(change: i =>
        {
            i["modelType"] = "ranking";
            i["modelEnvironmentName"] = "training";
            Schema(i)["predictionGroupId"] = "group";
            Schema(i)["rank"] = "rank";
        }),
        "multi-class-training-prediction-scores-only" => Jobs.Input(change: i =>
        {
            i["modelType"] = "multi_class";
            i["modelEnvironmentName"] = "training";
            Schema(i).Remove("predictionLabel");
            Schema(i).Remove("actualLabel");
            Schema(i)["predictionScores"] = "scores";
        }),
        "object-detection-boxes-without-categories" => ObjectDetection("production", s =>
            s["predictionObjectDetection"] = new JsonObject { ["boundingBoxesCoordinatesColumnName"] = "boxes" }),
        "blank-model-name" => Jobs.Input(modelName: " "),
        "no-table-config" => Jobs.Input(change: i => i.Remove("bigQueryTableConfig")),
        "two-table-configs" => Jobs.Input(change: i => i["snowflakeTableConfig"] = Jobs.SnowflakeInput()["snowflakeTableConfig"]!.DeepClone()),
        "config-mismatch" => Jobs.Input(change: i =>
        {
            i.Remove("bigQueryTableConfig");
            i["snowflakeTableConfig"] = Jobs.SnowflakeInput()["snowflakeTableConfig"]!.DeepClone();
        }),
        "blank-table-name" => Jobs.Input(change: i => i["bigQueryTableConfig"]!["tableName"] = ""),
        "validation-without-batch" => Jobs.Input(change: i => i["modelEnvironmentName"] = "validation"),
        "tracing" => Jobs.Input(change: i => i["modelEnvironmentName"] = "tracing"),
        "training-without-actual" => Jobs.Input(change: i =>
        {
            i["modelEnvironmentName"] = "training";
            Schema(i).Remove("actualLabel");
        }),
        "numeric-training-without-prediction" => Jobs.Input(change: i =>
        {
            i["modelType"] = "numeric";
            i["modelEnvironmentName"] = "training";
            Schema(i).Remove("predictionLabel");
        }),
        "production-neither" => Jobs.Input(change: i =>
        {
            Schema(i).Remove("predictionLabel");
            Schema(i).Remove("actualLabel");
        }),
        "ranking-without-rank" => Jobs.Input(change: i =>
        {
            i["modelType"] = "ranking";
            Schema(i)["predictionGroupId"] = "group";
        }),
        "ranking-without-group" => Jobs.Input(change: i =>
        {
            i["modelType"] = "ranking";
            Schema(i)["rank"] = "rank";
        }),
        "multi-class-without-scores" => MultiClass(_ => { }),
        "multi-class-threshold-alone" => MultiClass(s =>
        {
            s["actualScores"] = "actual_scores";
            s["thresholdScores"] = "thresholds";
        }),
        "multi-class-label" => MultiClass(s =>
        {
            s["predictionScores"] = "scores";
            s["predictionLabel"] = "label";
        }),
        "object-detection-production-no-boxes" => ObjectDetection("production", _ => { }),
        "object-detection-training-one-side" => ObjectDetection("training", s => s["predictionObjectDetection"] = Boxes()),
        "object-detection-label" => ObjectDetection("production", s =>
        {
            s["predictionObjectDetection"] = Boxes();
            s["predictionLabel"] = "label";
        }),
        "llm-training-without-actual" => Jobs.Input(change: i =>
        {
            i["modelType"] = "generative_llm";
            i["modelEnvironmentName"] = "training";
            Schema(i).Remove("actualLabel");
        }),
        "row-limit-zero" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["rowLimit"] = 0 }),
        "refresh-zero" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["refreshIntervalMinutes"] = 0 }),
        "window-negative" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["queryWindowSizeHours"] = -1 }),
        "row-limit-huge" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["rowLimit"] = 10_000_001 }),
        "refresh-huge" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["refreshIntervalMinutes"] = 525_601 }),
        "window-huge" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["queryWindowSizeHours"] = 87_601 }),
        "window-past-year-one" => Jobs.Input(change: i => i["tableIngestionParameters"] = new JsonObject { ["queryWindowSizeHours"] = 18_000_000 }),
        "shap-feature" => Jobs.Input(change: i =>
        {
            Schema(i).Remove("features");
            Schema(i)["featuresList"] = new JsonArray("age", "income_shap");
        }),
        "shap-tag" => Jobs.Input(change: i =>
        {
            Schema(i).Remove("tags");
            Schema(i)["tagsList"] = new JsonArray("region_shap");
        }),
        "shap-feature-prefix" => Jobs.Input(change: i => Schema(i)["features"] = "f_shap"),
        "valid-ranking" => Jobs.Input(change: i =>
        {
            i["modelType"] = "ranking";
            Schema(i)["predictionGroupId"] = "group";
            Schema(i)["rank"] = "rank";
        }),
        "valid-multi-class" => MultiClass(s =>
        {
            s["predictionScores"] = "scores";
            s["thresholdScores"] = "thresholds";
        }),
        "valid-object-detection" => ObjectDetection("training", s =>
        {
            s["predictionObjectDetection"] = Boxes();
            s["actualObjectDetection"] = new JsonObject
            {
                ["boundingBoxesCoordinatesColumnName"] = "actual_boxes",
                ["boundingBoxesCategoriesColumnName"] = "actual_categories",
            };
        }),
        "valid-llm" => Jobs.Input(change: i =>
        {
            i["modelType"] = "generative_llm";
            i["modelEnvironmentName"] = "validation";
            i["batchId"] = "batch-1";
        }),
        "valid-validation-env" => Jobs.Input(change: i =>
        {
            i["modelEnvironmentName"] = "validation";
            Schema(i)["batchId"] = "batch_col";
        }),
        "valid-databricks" => Jobs.Input(change: i =>
        {
            i.Remove("bigQueryTableConfig");
            i["tableStore"] = "Databricks";
            i["databricksTableConfig"] = new JsonObject
            {
                ["hostName"] = "adb.example.net", ["endpoint"] = "/sql/1.0/warehouses/x", ["token"] = "dapi-secret",
                ["catalog"] = "main", ["databricksSchema"] = "ml", ["tableName"] = "predictions",
            };
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(caseName), caseName, null),
    };

    private static JsonObject Schema(JsonObject input) => input["schema"]!.AsObject();

    private static JsonObject MultiClass(Action<JsonObject> schema) => Jobs.Input(change: i =>
    {
        i["modelType"] = "multi_class";
        Schema(i).Remove("predictionLabel");
        Schema(i).Remove("actualLabel");
        schema(Schema(i));
    });

    private static JsonObject ObjectDetection(string environment, Action<JsonObject> schema) => Jobs.Input(change: i =>
    {
        i["modelType"] = "object_detection";
        i["modelEnvironmentName"] = environment;
        Schema(i).Remove("predictionLabel");
        Schema(i).Remove("actualLabel");
        schema(Schema(i));
    });

    private static JsonObject Boxes() => new()
    {
        ["boundingBoxesCoordinatesColumnName"] = "boxes",
        ["boundingBoxesCategoriesColumnName"] = "categories",
    };
}
