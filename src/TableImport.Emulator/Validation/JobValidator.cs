namespace TableImport.Emulator.Validation;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>
/// What a dry run, a create and a schema update check. The rules of the rulebook are not here: the input is turned into
/// the definition it stands for and judged by <c>Validate()</c>, the engine the analyzer and the client run, and it fails
/// exactly on the Arize rules (advice passes) with the rule's ID as the error code and at the start of each message. What
/// is left here is what no rule covers: a space id, enum spellings, malformed lists, and the emulator's own upper bounds
/// on ingestion parameters.
/// </summary>
internal static class JobValidator
{
    public const string MissingField = "MISSING_FIELD";
    public const string InvalidValue = "INVALID_VALUE";

    public static ValidationResult Validate(JobInput input, bool eventBased)
    {
        var problem = FindProblem(input, eventBased);
        return problem is null ? ValidationResult.Passed : ValidationResult.Failed(problem.Value.Code, problem.Value.Message);
    }

    /// <summary>What an update must still satisfy: the job with its new schema and parameters, judged as a create would be.</summary>
    public static (string Code, string Message)? CheckUpdate(TableImportJob job, TableImportSchema schema, TableIngestionParameters parameters, IReadOnlyList<string> readProblems)
    {
        if (readProblems.Count > 0)
        {
            return (InvalidValue, readProblems[0]);
        }

        return Judge(JobDefinitions.Of(job, schema, parameters)) ?? CheckUpperBounds(parameters, "tableIngestionParameters");
    }

    private static (string Code, string Message)? FindProblem(JobInput input, bool eventBased)
    {
        if (string.IsNullOrWhiteSpace(input.SpaceId))
        {
            return (MissingField, "spaceId is required");
        }

        if (!GraphQLNames.TryParse(input.ModelType, out ModelType modelType))
        {
            return (InvalidValue, $"modelType '{input.ModelType}' is not a model type");
        }

        if (!GraphQLNames.TryParse(input.ModelEnvironmentName, out ModelEnvironment environment))
        {
            return (InvalidValue, $"modelEnvironmentName '{input.ModelEnvironmentName}' is not an environment");
        }

        if (!GraphQLNames.TryParse(input.TableStore, out TableStore store))
        {
            return (InvalidValue, $"tableStore '{input.TableStore}' is not a table store");
        }

        if (input.ReadProblems.Count > 0)
        {
            return (InvalidValue, input.ReadProblems[0]);
        }

        var parameters = (input.TableIngestionParameters ?? new IngestionParametersInput(null, null, null)).ApplyTo(TableIngestionParameters.Default);
        return Judge(JobDefinitions.Of(input, modelType, environment, store, eventBased)) ?? CheckUpperBounds(parameters, "tableIngestionParameters");
    }

    /// <summary>The Arize rules the job breaks: the first one's ID as the code, every one of them in the message.</summary>
    private static (string Code, string Message)? Judge(global::TableImport.TableImportJobDefinition definition)
    {
        var broken = definition.Validate().Where(v => v.IsArizeRule).ToList();
        return broken.Count == 0 ? null : (broken[0].Id, string.Join(" ", broken));
    }

    // The lower bounds are TI0017, judged by the engine. The upper bounds are the emulator's own [inf]: they keep the
    // schedule's arithmetic (and the seconds fields) in range.
    private static (string Code, string Message)? CheckUpperBounds(TableIngestionParameters p, string path)
    {
        if (p.RowLimit > TableIngestionParameters.MaxRowLimit)
        {
            return (InvalidValue, $"{path}.rowLimit must be at most {TableIngestionParameters.MaxRowLimit}, got {p.RowLimit}");
        }

        if (p.RefreshIntervalMinutes > TableIngestionParameters.MaxRefreshIntervalMinutes)
        {
            return (InvalidValue, $"{path}.refreshIntervalMinutes must be at most {TableIngestionParameters.MaxRefreshIntervalMinutes}, got {p.RefreshIntervalMinutes}");
        }

        return p.QueryWindowSizeHours > TableIngestionParameters.MaxQueryWindowSizeHours
            ? (InvalidValue, $"{path}.queryWindowSizeHours must be at most {TableIngestionParameters.MaxQueryWindowSizeHours}, got {p.QueryWindowSizeHours}")
            : null;
    }
}
