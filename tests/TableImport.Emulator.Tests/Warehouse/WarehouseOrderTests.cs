using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>
/// Which mapped column a dry run reports first, and what role it judges each column by: a table that starts with none
/// of the job's columns is dry-run again and again, each time gaining the column the last answer named, first with a
/// type no role accepts (BLOB) and then with one its role accepts, until the job passes. The answers, in order, are the
/// order and the roles of the check.
/// </summary>
public sealed partial class WarehouseOrderTests : WarehouseTestBase
{
    // A type each role accepts, by the role's name in the message.
    private static readonly Dictionary<string, string> Accepted = new(StringComparer.Ordinal)
    {
        ["a prediction id"] = "VARCHAR",
        ["a prediction group id"] = "VARCHAR",
        ["a prediction timestamp"] = "TIMESTAMP",
        ["a change timestamp"] = "TIMESTAMP",
        ["a version or batch id"] = "VARCHAR",
        ["a label"] = "VARCHAR",
        ["a label of a numeric model"] = "DOUBLE",
        ["a score"] = "DOUBLE",
        ["a rank"] = "INTEGER",
        ["multi-class scores"] = "MAP(VARCHAR, DOUBLE)",
        ["a feature"] = "VARCHAR",
        ["a tag"] = "VARCHAR",
        ["a SHAP value"] = "DOUBLE",
        ["an embedding vector"] = "FLOAT[]",
        ["an embedding's raw data"] = "VARCHAR",
        ["an embedding's link to data"] = "VARCHAR",
        ["bounding-box coordinates"] = "DOUBLE[][]",
        ["bounding-box categories"] = "VARCHAR[]",
        ["bounding-box scores"] = "DOUBLE[]",
    };

    public static TheoryData<string, string[]> Cases() => new()
    {
        {
            "score_categorical",
            [
                "schema.predictionId: a prediction id", "schema.timestamp: a prediction timestamp", "schema.changeTimestamp: a change timestamp",
                "schema.version: a version or batch id", "schema.batchId: a version or batch id", "schema.predictionLabel: a label",
                "schema.predictionScore: a score", "schema.actualLabel: a label", "schema.actualScore: a score",
                "schema.featuresList[0]: a feature", "schema.featuresList[1]: a feature", "schema.tagsList[0]: a tag",
                "schema.embeddingFeatures[0].vectorCol: an embedding vector", "schema.embeddingFeatures[0].rawDataCol: an embedding's raw data",
                "schema.embeddingFeatures[0].linkToDataCol: an embedding's link to data", "schema.embeddingFeatures[1].vectorCol: an embedding vector",
                "schema.shapValues: a SHAP value",
            ]
        },
        {
            "numeric",
            ["schema.predictionId: a prediction id", "schema.changeTimestamp: a change timestamp", "schema.predictionLabel: a label of a numeric model", "schema.actualLabel: a label of a numeric model", "schema.features: a feature", "schema.tags: a tag"]
        },
        {
            "ranking",
            [
                "schema.predictionId: a prediction id", "schema.changeTimestamp: a change timestamp", "schema.predictionGroupId: a prediction group id",
                "schema.rank: a rank", "schema.relevanceScore: a score", "schema.relevanceLabel: a label",
            ]
        },
        {
            "multi_class",
            ["schema.predictionId: a prediction id", "schema.changeTimestamp: a change timestamp", "schema.predictionScores: multi-class scores", "schema.actualScores: multi-class scores", "schema.thresholdScores: multi-class scores"]
        },
        {
            "object_detection",
            [
                "schema.predictionId: a prediction id", "schema.changeTimestamp: a change timestamp",
                "schema.predictionObjectDetection.boundingBoxesCoordinatesColumnName: bounding-box coordinates",
                "schema.predictionObjectDetection.boundingBoxesCategoriesColumnName: bounding-box categories",
                "schema.predictionObjectDetection.boundingBoxesScoresColumnName: bounding-box scores",
                "schema.actualObjectDetection.boundingBoxesCoordinatesColumnName: bounding-box coordinates",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_mapped_column_is_checked_in_schema_order_by_its_role(string modelType, string[] expected)
    {
        Warehouse.Execute("CREATE SCHEMA \"test-dataset\"; CREATE TABLE \"test-dataset\".\"test-table\" (unrelated INTEGER);");
        var seen = new List<string>();

        for (var step = 0; step < 100; step++)
        {
            var (status, code, message) = await DryRunAsync(Job(modelType));
            if (status == "Passed")
            {
                break;
            }

            if (code == "COLUMN_NOT_FOUND")
            {
                var missing = Missing().Match(message!);
                Assert.True(missing.Success, message);
                var column = missing.Groups["column"].Success ? missing.Groups["column"].Value : missing.Groups["prefix"].Value + "x";
                Warehouse.Execute($"ALTER TABLE \"test-dataset\".\"test-table\" ADD COLUMN \"{column}\" BLOB");
                continue;
            }

            Assert.Equal("COLUMN_TYPE", code);
            var wrong = WrongType().Match(message!);
            Assert.True(wrong.Success, message);
            seen.Add($"{wrong.Groups["path"].Value}: {wrong.Groups["role"].Value}");
            Warehouse.Execute($"ALTER TABLE \"test-dataset\".\"test-table\" ALTER \"{wrong.Groups["column"].Value}\" SET DATA TYPE {Accepted[wrong.Groups["role"].Value]} USING NULL");
        }

        Assert.Equal(expected, seen);
    }

    private static JsonObject Job(string modelType) => Jobs.Input(change: input =>
    {
        input["modelType"] = modelType;
        input["schema"] = modelType switch
        {
            "score_categorical" => new JsonObject
            {
                ["predictionId"] = "id", ["timestamp"] = "ts", ["changeTimestamp"] = "changed", ["version"] = "v", ["batchId"] = "batch",
                ["predictionLabel"] = "label", ["predictionScore"] = "score", ["actualLabel"] = "actual", ["actualScore"] = "actual_score",
                ["featuresList"] = new JsonArray("age", "income"), ["tagsList"] = new JsonArray("region"), ["shapValues"] = "shap_",
                ["embeddingFeatures"] = new JsonArray(
                    new JsonObject { ["featureName"] = "image", ["vectorCol"] = "image_vector", ["rawDataCol"] = "image_raw", ["linkToDataCol"] = "image_url" },
                    new JsonObject { ["featureName"] = "text", ["vectorCol"] = "text_vector" }),
            },
            "numeric" => new JsonObject { ["predictionId"] = "id", ["changeTimestamp"] = "changed", ["predictionLabel"] = "label", ["actualLabel"] = "actual", ["features"] = "f_", ["tags"] = "t_" },
            "ranking" => new JsonObject
            {
                ["predictionId"] = "id", ["changeTimestamp"] = "changed", ["predictionGroupId"] = "group", ["rank"] = "rank", ["relevanceScore"] = "relevance", ["relevanceLabel"] = "relevant",
            },
            "multi_class" => new JsonObject { ["predictionId"] = "id", ["changeTimestamp"] = "changed", ["predictionScores"] = "scores", ["actualScores"] = "truth", ["thresholdScores"] = "thresholds" },
            _ => new JsonObject
            {
                ["predictionId"] = "id", ["changeTimestamp"] = "changed",
                ["predictionObjectDetection"] = new JsonObject { ["boundingBoxesCoordinatesColumnName"] = "boxes", ["boundingBoxesCategoriesColumnName"] = "categories", ["boundingBoxesScoresColumnName"] = "box_scores" },
                ["actualObjectDetection"] = new JsonObject { ["boundingBoxesCoordinatesColumnName"] = "actual_boxes" },
            },
        };
    });

    [GeneratedRegex("""^(?<path>\S+): (column "(?<column>[^"]+)" is not in table|no column of table \S+ starts with "(?<prefix>[^"]+)")""")]
    private static partial Regex Missing();

    [GeneratedRegex("""^(?<path>\S+): column "(?<column>[^"]+)" of table \S+ is BLOB, which cannot hold (?<role>.+); use .+$""")]
    private static partial Regex WrongType();
}
