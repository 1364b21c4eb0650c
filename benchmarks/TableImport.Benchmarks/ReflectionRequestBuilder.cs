using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using TableImport.Client;

namespace TableImport.Benchmarks;

/// <summary>
/// The baseline: what a competent user would write without the generator. It reads the same TableImport attributes with
/// reflection, builds the GraphQL body as dictionaries, and serializes it with <see cref="JsonSerializer"/> (default
/// options, which the serializer caches itself). Column names use the framework's own
/// <see cref="JsonNamingPolicy.SnakeCaseLower"/>. It supports what the benchmark job uses (BigQuery/Snowflake, prefixes or
/// lists, [ColumnName], [NotImported], ingestion parameters) and no more, so it is if anything cheaper than a complete one.
/// <see cref="Build"/> caches nothing (a start-up path, called once per job, has no reason to);
/// <see cref="BuildWithCachedMapping"/> caches the mapped input per type and only serializes per call.
/// </summary>
internal static class ReflectionRequestBuilder
{
    // The user would paste the mutation from Arize's documentation; this is the same text the client sends.
    private static readonly string CreateJobDocument = GraphQLDocuments.CreateJob;

    private static readonly ConcurrentDictionary<Type, Dictionary<string, object?>> Mapped = new();

    public static byte[] Build(Type jobType, string spaceId) => Serialize(MapInput(jobType), spaceId);

    public static byte[] BuildWithCachedMapping(Type jobType, string spaceId) => Serialize(Mapped.GetOrAdd(jobType, MapInput), spaceId);

    private static byte[] Serialize(Dictionary<string, object?> mappedInput, string spaceId)
    {
        var input = new Dictionary<string, object?>(mappedInput) { ["spaceId"] = spaceId };
        var body = new Dictionary<string, object?>
        {
            ["operationName"] = "createTableImportJob",
            ["query"] = CreateJobDocument,
            ["variables"] = new Dictionary<string, object?> { ["input"] = input },
        };
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    private static Dictionary<string, object?> MapInput(Type jobType)
    {
        var job = jobType.GetCustomAttribute<TableImportJobAttribute>() ?? throw new ArgumentException(jobType + " is not a job.");
        var input = new Dictionary<string, object?>
        {
            ["modelName"] = job.ModelName,
            ["modelType"] = GraphQLNames.Of(job.ModelType),
            ["modelEnvironmentName"] = GraphQLNames.Of(job.Environment),
        };
        if (job.ModelVersion is { } version)
        {
            input["modelVersion"] = version;
        }

        if (job.BatchId is { } batchId)
        {
            input["batchId"] = batchId;
        }

        if (jobType.GetCustomAttribute<BigQueryTableAttribute>() is { } bigQuery)
        {
            input["tableStore"] = GraphQLNames.Of(TableStore.BigQuery);
            input["bigQueryTableConfig"] = new Dictionary<string, object?>
            {
                ["projectId"] = bigQuery.ProjectId,
                ["dataset"] = bigQuery.Dataset,
                ["tableName"] = bigQuery.TableName,
            };
        }
        else if (jobType.GetCustomAttribute<SnowflakeTableAttribute>() is { } snowflake)
        {
            input["tableStore"] = GraphQLNames.Of(TableStore.Snowflake);
            input["snowflakeTableConfig"] = new Dictionary<string, object?>
            {
                ["accountID"] = snowflake.AccountId,
                ["schema"] = snowflake.Schema,
                ["database"] = snowflake.Database,
                ["tableName"] = snowflake.TableName,
            };
        }

        var featurePrefix = jobType.GetCustomAttribute<FeaturePrefixAttribute>()?.Prefix;
        var tagPrefix = jobType.GetCustomAttribute<TagPrefixAttribute>()?.Prefix;
        var naming = job.ColumnNaming == ColumnNaming.UpperSnakeCase ? JsonNamingPolicy.SnakeCaseUpper
            : job.ColumnNaming == ColumnNaming.AsDeclared ? null : JsonNamingPolicy.SnakeCaseLower;

        var schema = new Dictionary<string, object?>();
        var features = new List<string>();
        var tags = new List<string>();
        foreach (var property in jobType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.IsDefined(typeof(NotImportedAttribute)))
            {
                continue;
            }

            var column = property.GetCustomAttribute<ColumnNameAttribute>()?.Name ?? naming?.ConvertName(property.Name) ?? property.Name;
            foreach (var attribute in property.GetCustomAttributes())
            {
                switch (attribute)
                {
                    case PredictionIdAttribute: schema["predictionId"] = column; break;
                    case PredictionTimestampAttribute: schema["timestamp"] = column; break;
                    case ChangeTimestampAttribute: schema["changeTimestamp"] = column; break;
                    case PredictionLabelAttribute: schema["predictionLabel"] = column; break;
                    case PredictionScoreAttribute: schema["predictionScore"] = column; break;
                    case ActualLabelAttribute: schema["actualLabel"] = column; break;
                    case ActualScoreAttribute: schema["actualScore"] = column; break;
                    case ModelVersionAttribute: schema["version"] = column; break;
                    case FeatureAttribute: features.Add(column); break;
                    case TagAttribute: tags.Add(column); break;
                }
            }
        }

        if (featurePrefix is not null)
        {
            schema["features"] = featurePrefix;
        }
        else if (features.Count > 0)
        {
            schema["featuresList"] = features;
        }

        if (tagPrefix is not null)
        {
            schema["tags"] = tagPrefix;
        }
        else if (tags.Count > 0)
        {
            schema["tagsList"] = tags;
        }

        input["schema"] = schema;
        if (jobType.GetCustomAttribute<IngestionParametersAttribute>() is { } parameters)
        {
            var ingestion = new Dictionary<string, object?>();
            if (parameters.RowLimit > 0)
            {
                ingestion["rowLimit"] = parameters.RowLimit;
            }

            if (parameters.RefreshIntervalMinutes > 0)
            {
                ingestion["refreshIntervalMinutes"] = parameters.RefreshIntervalMinutes;
            }

            if (parameters.QueryWindowSizeHours > 0)
            {
                ingestion["queryWindowSizeHours"] = parameters.QueryWindowSizeHours;
            }

            input["tableIngestionParameters"] = ingestion;
        }

        return input;
    }
}
