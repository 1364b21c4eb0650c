using TableImport.Emulator.Model;

namespace TableImport.Emulator.Validation;

/// <summary>
/// What a dry run, a create and a schema update check. The rules of the rulebook are not here: the definition is judged
/// by <c>Validate()</c>, the engine the analyzer and the client run, and it fails exactly on the Arize rules (advice
/// passes) with the rule's ID as the error code and at the start of each message. What is left here is what no rule
/// covers: a space id, what the definition could not hold (enum spellings, null list items), and the emulator's own
/// upper bounds on ingestion parameters.
/// </summary>
internal static class JobValidator
{
    public const string MissingField = "MISSING_FIELD";
    public const string InvalidValue = "INVALID_VALUE";

    public static ValidationResult Validate(CreateJobRequest request)
    {
        var problem = FindProblem(request);
        return problem is null ? ValidationResult.Passed : ValidationResult.Failed(problem.Value.Code, problem.Value.Message);
    }

    /// <summary>What an update must still satisfy: the job as it would be after it (effective parameters), judged as a create would be.</summary>
    public static (string Code, string Message)? CheckUpdate(TableImportJobDefinition updated, IReadOnlyList<string> readProblems)
    {
        if (readProblems.Count > 0)
        {
            return (InvalidValue, readProblems[0]);
        }

        return Judge(updated) ?? CheckUpperBounds(updated.TableIngestionParameters ?? IngestionParameters.Defaults(), "tableIngestionParameters");
    }

    private static (string Code, string Message)? FindProblem(CreateJobRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.SpaceId))
        {
            return (MissingField, "spaceId is required");
        }

        if (request.ReadProblems.Count > 0)
        {
            return (InvalidValue, request.ReadProblems[0]);
        }

        var parameters = IngestionParameters.Apply(request.Definition.TableIngestionParameters, IngestionParameters.Defaults());
        return Judge(request.Definition) ?? CheckUpperBounds(parameters, "tableIngestionParameters");
    }

    /// <summary>The Arize rules the job breaks: the first one's ID as the code, every one of them in the message.</summary>
    private static (string Code, string Message)? Judge(TableImportJobDefinition definition)
    {
        var broken = definition.Validate().Where(v => v.IsArizeRule).ToList();
        return broken.Count == 0 ? null : (broken[0].Id, string.Join(" ", broken));
    }

    // The lower bounds are TI0017, judged by the engine. The upper bounds are the emulator's own [inf]: they keep the
    // schedule's arithmetic (and the seconds fields) in range.
    private static (string Code, string Message)? CheckUpperBounds(TableIngestionParameters p, string path)
    {
        if (p.RowLimit > IngestionParameters.MaxRowLimit)
        {
            return (InvalidValue, $"{path}.rowLimit must be at most {IngestionParameters.MaxRowLimit}, got {p.RowLimit}");
        }

        if (p.RefreshIntervalMinutes > IngestionParameters.MaxRefreshIntervalMinutes)
        {
            return (InvalidValue, $"{path}.refreshIntervalMinutes must be at most {IngestionParameters.MaxRefreshIntervalMinutes}, got {p.RefreshIntervalMinutes}");
        }

        return p.QueryWindowSizeHours > IngestionParameters.MaxQueryWindowSizeHours
            ? (InvalidValue, $"{path}.queryWindowSizeHours must be at most {IngestionParameters.MaxQueryWindowSizeHours}, got {p.QueryWindowSizeHours}")
            : null;
    }
}
