
namespace TableImport.Emulator.Validation;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>
/// The checks a dry run and a create both make, mirroring Arize's documented rules (see
/// arize-api-facts.md, "Validation rules of Arize's own SDK"). The first problem found is reported; its message
/// starts with the input path of the offending field so a client can point at it.
/// </summary>
internal static class JobValidator
{
    public const string MissingField = "MISSING_FIELD";
    public const string InvalidValue = "INVALID_VALUE";
    public const string NotAllowed = "FIELD_NOT_ALLOWED";
    public const string TableConfigMismatch = "TABLE_CONFIG_MISMATCH";
    public const string Unsupported = "UNSUPPORTED";

    private static readonly string[] ReservedLlmTags = ["total_token_count", "prompt_token_count", "response_token_count", "response_latency_ms"];

    public static ValidationResult Validate(JobInput input, bool eventBased)
    {
        var problem = FindProblem(input, eventBased);
        return problem is null ? ValidationResult.Passed : ValidationResult.Failed(problem.Value.Code, problem.Value.Message);
    }

    /// <summary>The rules an update must also keep: the schema against the job's model, and parameter ranges.</summary>
    public static (string Code, string Message)? CheckUpdate(TableImportJob job, TableImportSchema schema, TableIngestionParameters parameters, IReadOnlyList<string> readProblems, string schemaPath)
    {
        if (readProblems.Count > 0)
        {
            return (InvalidValue, readProblems[0]);
        }

        GraphQLNames.TryParse(job.ModelType, out ModelType modelType);
        GraphQLNames.TryParse(job.ModelEnvironmentName, out ModelEnvironment environment);
        return CheckSchema(modelType, environment, schema, job.BatchId, schemaPath) ?? CheckParameters(parameters, "tableIngestionParameters");
    }

    private static (string Code, string Message)? FindProblem(JobInput input, bool eventBased)
    {
        if (string.IsNullOrWhiteSpace(input.SpaceId))
        {
            return (MissingField, "spaceId is required");
        }

        if (string.IsNullOrWhiteSpace(input.ModelName))
        {
            return (MissingField, "modelName is required");
        }

        if (!GraphQLNames.TryParse(input.ModelType, out ModelType modelType))
        {
            return (InvalidValue, $"modelType '{input.ModelType}' is not a model type");
        }

        if (!GraphQLNames.TryParse(input.ModelEnvironmentName, out ModelEnvironment environment))
        {
            return (InvalidValue, $"modelEnvironmentName '{input.ModelEnvironmentName}' is not an environment");
        }

        if (environment == ModelEnvironment.Tracing)
        {
            return (Unsupported, "modelEnvironmentName tracing is not supported by table import jobs; use production, validation or training");
        }

        if (!GraphQLNames.TryParse(input.TableStore, out TableStore store))
        {
            return (InvalidValue, $"tableStore '{input.TableStore}' is not a table store");
        }

        if (eventBased && store != TableStore.Snowflake)
        {
            return (Unsupported, $"tableStore {input.TableStore} is not supported for event-based (triggered) jobs; only Snowflake is");
        }

        if (CheckTableConfig(input, store) is { } tableProblem)
        {
            return tableProblem;
        }

        if (input.ReadProblems.Count > 0)
        {
            return (InvalidValue, input.ReadProblems[0]);
        }

        var batchId = string.IsNullOrWhiteSpace(input.BatchId) ? input.Schema.BatchId : input.BatchId;
        if (CheckSchema(modelType, environment, input.Schema, batchId, "schema") is { } schemaProblem)
        {
            return schemaProblem;
        }

        var parameters = (input.TableIngestionParameters ?? new IngestionParametersInput(null, null, null)).ApplyTo(TableIngestionParameters.Default);
        return CheckParameters(parameters, "tableIngestionParameters");
    }

    private static (string Code, string Message)? CheckTableConfig(JobInput input, TableStore store)
    {
        var given = new List<string>();
        if (input.BigQueryTableConfig is not null) given.Add("bigQueryTableConfig");
        if (input.SnowflakeTableConfig is not null) given.Add("snowflakeTableConfig");
        if (input.DatabricksTableConfig is not null) given.Add("databricksTableConfig");

        var expected = store switch
        {
            TableStore.BigQuery => "bigQueryTableConfig",
            TableStore.Snowflake => "snowflakeTableConfig",
            _ => "databricksTableConfig",
        };

        if (given.Count == 0)
        {
            return (MissingField, $"{expected} is required when tableStore is {input.TableStore}");
        }

        if (given.Count > 1)
        {
            return (TableConfigMismatch, $"exactly one table config is allowed, got {string.Join(" and ", given)}; tableStore {input.TableStore} takes {expected}");
        }

        if (given[0] != expected)
        {
            return (TableConfigMismatch, $"{given[0]} does not match tableStore {input.TableStore}; use {expected}");
        }

        (string Field, string? Value)[] fields = store switch
        {
            TableStore.BigQuery =>
            [
                ("projectId", input.BigQueryTableConfig!.ProjectId), ("dataset", input.BigQueryTableConfig.Dataset),
                ("tableName", input.BigQueryTableConfig.TableName),
            ],
            TableStore.Snowflake =>
            [
                ("accountID", input.SnowflakeTableConfig!.AccountID), ("schema", input.SnowflakeTableConfig.Schema),
                ("database", input.SnowflakeTableConfig.Database), ("tableName", input.SnowflakeTableConfig.TableName),
            ],
            _ =>
            [
                ("hostName", input.DatabricksTableConfig!.HostName), ("endpoint", input.DatabricksTableConfig.Endpoint),
                ("catalog", input.DatabricksTableConfig.Catalog), ("databricksSchema", input.DatabricksTableConfig.DatabricksSchema),
                ("tableName", input.DatabricksTableConfig.TableName),
            ],
        };

        foreach (var (field, value) in fields)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return (MissingField, $"{expected}.{field} is required");
            }
        }

        return null;
    }

    private static (string Code, string Message)? CheckSchema(ModelType modelType, ModelEnvironment environment, TableImportSchema s, string? batchId, string path)
    {
        var env = GraphQLNames.Of(environment);
        var type = GraphQLNames.Of(modelType);

        if (environment == ModelEnvironment.Validation && string.IsNullOrWhiteSpace(batchId))
        {
            return (MissingField, $"batchId is required when modelEnvironmentName is validation (set batchId or {path}.batchId)");
        }

        if (string.IsNullOrWhiteSpace(s.PredictionId))
        {
            return (MissingField, $"{path}.predictionId is required");
        }

        if (CheckNames(s, path) is { } nameProblem)
        {
            return nameProblem;
        }

        var needsBoth = environment is ModelEnvironment.Training or ModelEnvironment.Validation;
        switch (modelType)
        {
            case ModelType.ScoreCategorical:
            case ModelType.Numeric:
            {
                var hasPrediction = Named(s.PredictionLabel) || Named(s.PredictionScore);
                var hasActual = Named(s.ActualLabel) || Named(s.ActualScore);
                if (needsBoth && !hasPrediction)
                {
                    return (MissingField, $"{path}.predictionLabel or {path}.predictionScore is required for {type} models in {env}");
                }

                if (needsBoth && !hasActual)
                {
                    return (MissingField, $"{path}.actualLabel or {path}.actualScore is required for {type} models in {env}");
                }

                if (!hasPrediction && !hasActual)
                {
                    return (MissingField, $"{path}.predictionLabel, {path}.predictionScore, {path}.actualLabel or {path}.actualScore is required for {type} models");
                }

                break;
            }

            case ModelType.Ranking:
                if (Named(s.PredictionLabel) || Named(s.PredictionScore) || Named(s.Rank) || Named(s.PredictionGroupId))
                {
                    if (!Named(s.PredictionGroupId))
                    {
                        return (MissingField, $"{path}.predictionGroupId is required for ranking models");
                    }

                    if (!Named(s.Rank))
                    {
                        return (MissingField, $"{path}.rank is required for ranking models");
                    }
                }

                break;

            case ModelType.MultiClass:
                if (FirstNamed(path, ("predictionLabel", s.PredictionLabel), ("actualLabel", s.ActualLabel), ("rank", s.Rank)) is { } mcField)
                {
                    return (NotAllowed, $"{mcField} is not allowed for multi_class models");
                }

                if (!Named(s.PredictionScores) && !Named(s.ActualScores))
                {
                    return (MissingField, $"{path}.predictionScores or {path}.actualScores is required for multi_class models");
                }

                if (Named(s.ThresholdScores) && !Named(s.PredictionScores))
                {
                    return (MissingField, $"{path}.predictionScores is required when {path}.thresholdScores is set");
                }

                break;

            case ModelType.ObjectDetection:
            {
                if (FirstNamed(path, ("predictionLabel", s.PredictionLabel), ("predictionScore", s.PredictionScore), ("actualLabel", s.ActualLabel),
                        ("actualScore", s.ActualScore), ("rank", s.Rank), ("predictionGroupId", s.PredictionGroupId)) is { } odField)
                {
                    return (NotAllowed, $"{odField} is not allowed for object_detection models");
                }

                if ((CheckBoxes(s.PredictionObjectDetection, $"{path}.predictionObjectDetection") ?? CheckBoxes(s.ActualObjectDetection, $"{path}.actualObjectDetection")) is { } boxProblem)
                {
                    return boxProblem;
                }

                if (needsBoth && s.PredictionObjectDetection is null)
                {
                    return (MissingField, $"{path}.predictionObjectDetection is required for object_detection models in {env}");
                }

                if (needsBoth && s.ActualObjectDetection is null)
                {
                    return (MissingField, $"{path}.actualObjectDetection is required for object_detection models in {env}");
                }

                if (s.PredictionObjectDetection is null && s.ActualObjectDetection is null)
                {
                    return (MissingField, $"{path}.predictionObjectDetection or {path}.actualObjectDetection is required for object_detection models");
                }

                break;
            }

            case ModelType.GenerativeLlm:
                if (needsBoth && !Named(s.ActualLabel))
                {
                    return (MissingField, $"{path}.actualLabel is required for generative_llm models in {env}");
                }

                break;
        }

        if (modelType != ModelType.GenerativeLlm && s.TagsList?.FirstOrDefault(t => ReservedLlmTags.Contains(t, StringComparer.Ordinal)) is { } reserved)
        {
            return (InvalidValue, $"{path}.tagsList: tag name '{reserved}' is reserved for LLM run metadata");
        }

        return null;
    }

    private static (string Code, string Message)? CheckNames(TableImportSchema s, string path)
    {
        const string shap = "_shap";
        if (s.Features?.EndsWith(shap, StringComparison.Ordinal) == true)
        {
            return (InvalidValue, $"{path}.features: feature prefix '{s.Features}' must not end in {shap}");
        }

        if (s.Tags?.EndsWith(shap, StringComparison.Ordinal) == true)
        {
            return (InvalidValue, $"{path}.tags: tag prefix '{s.Tags}' must not end in {shap}");
        }

        foreach (var (field, names) in new[] { ("featuresList", s.FeaturesList), ("tagsList", s.TagsList) })
        {
            foreach (var name in names ?? [])
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    return (InvalidValue, $"{path}.{field} must not contain an empty column name");
                }

                if (name.EndsWith(shap, StringComparison.Ordinal))
                {
                    return (InvalidValue, $"{path}.{field}: name '{name}' must not end in {shap}");
                }
            }
        }

        if (s.EmbeddingFeatures is { } embeddings)
        {
            if (embeddings.Count > 30)
            {
                return (InvalidValue, $"{path}.embeddingFeatures: at most 30 embedding features are allowed, got {embeddings.Count}");
            }

            for (var i = 0; i < embeddings.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(embeddings[i].FeatureName))
                {
                    return (MissingField, $"{path}.embeddingFeatures[{i}].featureName is required");
                }

                if (string.IsNullOrWhiteSpace(embeddings[i].VectorCol))
                {
                    return (MissingField, $"{path}.embeddingFeatures[{i}].vectorCol is required");
                }

                if (embeddings[i].FeatureName.EndsWith(shap, StringComparison.Ordinal))
                {
                    return (InvalidValue, $"{path}.embeddingFeatures[{i}].featureName: name '{embeddings[i].FeatureName}' must not end in {shap}");
                }
            }
        }

        return null;
    }

    private static (string Code, string Message)? CheckBoxes(ObjectDetectionColumns? columns, string path)
    {
        if (columns is null)
        {
            return null;
        }

        if (!Named(columns.BoundingBoxesCoordinatesColumnName))
        {
            return (MissingField, $"{path}.boundingBoxesCoordinatesColumnName is required");
        }

        return Named(columns.BoundingBoxesCategoriesColumnName)
            ? null
            : (MissingField, $"{path}.boundingBoxesCategoriesColumnName is required");
    }

    public static (string Code, string Message)? CheckParameters(TableIngestionParameters p, string path)
    {
        // The upper bounds are the emulator's own [inf]; they keep the schedule's arithmetic (and the seconds fields) in range.
        if (p.RowLimit < 1 || p.RowLimit > TableIngestionParameters.MaxRowLimit)
        {
            return (InvalidValue, $"{path}.rowLimit must be between 1 and {TableIngestionParameters.MaxRowLimit}, got {p.RowLimit}");
        }

        if (p.RefreshIntervalMinutes < 1 || p.RefreshIntervalMinutes > TableIngestionParameters.MaxRefreshIntervalMinutes)
        {
            return (InvalidValue, $"{path}.refreshIntervalMinutes must be between 1 and {TableIngestionParameters.MaxRefreshIntervalMinutes}, got {p.RefreshIntervalMinutes}");
        }

        return p.QueryWindowSizeHours < 0 || p.QueryWindowSizeHours > TableIngestionParameters.MaxQueryWindowSizeHours
            ? (InvalidValue, $"{path}.queryWindowSizeHours must be between 0 and {TableIngestionParameters.MaxQueryWindowSizeHours} (0: no bound), got {p.QueryWindowSizeHours}")
            : null;
    }

    private static bool Named(string? column) => !string.IsNullOrWhiteSpace(column);

    private static string? FirstNamed(string path, params (string Field, string? Value)[] fields)
    {
        foreach (var (field, value) in fields)
        {
            if (Named(value))
            {
                return $"{path}.{field}";
            }
        }

        return null;
    }
}
