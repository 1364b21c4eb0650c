using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests;

/// <summary>A failed validation answers Failed with a message naming the field, on a dry run and on a create, and creates nothing.</summary>
public sealed class ValidationTests : EmulatorTestBase
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "no-prediction-id", "schema.predictionId is required" },
        { "blank-model-name", "modelName is required" },
        { "no-table-config", "bigQueryTableConfig is required when tableStore is BigQuery" },
        { "two-table-configs", "exactly one table config is allowed, got bigQueryTableConfig and snowflakeTableConfig" },
        { "config-mismatch", "snowflakeTableConfig does not match tableStore BigQuery; use bigQueryTableConfig" },
        { "blank-table-name", "bigQueryTableConfig.tableName is required" },
        { "validation-without-batch", "batchId is required when modelEnvironmentName is validation" },
        { "tracing", "modelEnvironmentName tracing is not supported" },
        { "training-without-actual", "schema.actualLabel or schema.actualScore is required for score_categorical models in training" },
        { "numeric-training-without-prediction", "schema.predictionLabel or schema.predictionScore is required for numeric models in training" },
        { "production-neither", "schema.predictionLabel, schema.predictionScore, schema.actualLabel or schema.actualScore is required" },
        { "ranking-without-rank", "schema.rank is required for ranking models" },
        { "ranking-without-group", "schema.predictionGroupId is required for ranking models" },
        { "multi-class-without-scores", "schema.predictionScores or schema.actualScores is required for multi_class models" },
        { "multi-class-threshold-alone", "schema.predictionScores is required when schema.thresholdScores is set" },
        { "multi-class-label", "schema.predictionLabel is not allowed for multi_class models" },
        { "object-detection-production-no-boxes", "schema.predictionObjectDetection or schema.actualObjectDetection is required" },
        { "object-detection-training-one-side", "schema.actualObjectDetection is required for object_detection models in training" },
        { "object-detection-label", "schema.predictionLabel is not allowed for object_detection models" },
        { "llm-training-without-actual", "schema.actualLabel is required for generative_llm models in training" },
        { "row-limit-zero", "tableIngestionParameters.rowLimit must be between 1 and 10000000, got 0" },
        { "row-limit-huge", "tableIngestionParameters.rowLimit must be between 1 and 10000000, got 10000001" },
        { "refresh-zero", "tableIngestionParameters.refreshIntervalMinutes must be between 1 and 525600, got 0" },
        { "refresh-huge", "tableIngestionParameters.refreshIntervalMinutes must be between 1 and 525600, got 525601" },
        { "window-negative", "tableIngestionParameters.queryWindowSizeHours must be between 0 and 87600 (0: no bound), got -1" },
        { "window-huge", "tableIngestionParameters.queryWindowSizeHours must be between 0 and 87600 (0: no bound), got 87601" },
        { "window-past-year-one", "tableIngestionParameters.queryWindowSizeHours must be between 0 and 87600 (0: no bound), got 18000000" },
        { "shap-feature", "schema.featuresList: name 'income_shap' must not end in _shap" },
        { "shap-tag", "schema.tagsList: name 'region_shap' must not end in _shap" },
        { "shap-feature-prefix", "schema.features: feature prefix 'f_shap' must not end in _shap" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Dry_run_and_create_fail_naming_the_field_and_create_nothing(string caseName, string expected)
    {
        foreach (var dryRun in new[] { true, false })
        {
            var input = Invalid(caseName);
            input["dryRun"] = dryRun;

            var payload = (await Client.SendAsync(Jobs.Create, Jobs.Variables(input))).AssertData().GetProperty("createTableImportJob");

            var result = payload.GetProperty("validationResult");
            Assert.Equal("Failed", result.GetProperty("validationStatus").GetString());
            Assert.Contains(expected, result.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("error").GetProperty("code").GetString()));
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("tableImportJob").ValueKind);
        }

        Assert.Empty(await Jobs.ListAllIdsAsync(Client, "space_id", 50));
    }

    [Fact]
    public async Task Event_based_jobs_take_snowflake_only()
    {
        var payload = (await Client.SendAsync(Jobs.CreateEventBased, Jobs.Variables(Jobs.Input()))).AssertData().GetProperty("createTriggeredOngoingTableImportJob");

        Assert.Equal("Failed", payload.GetProperty("validationResult").GetProperty("validationStatus").GetString());
        Assert.Contains("tableStore BigQuery is not supported for event-based", payload.GetProperty("validationResult").GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Jobs.ListAllIdsAsync(Client, "space_id", 50));
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
            s["actualObjectDetection"] = Boxes();
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
