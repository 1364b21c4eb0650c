using System.Data.Common;
using TableImport.Emulator.Model;

namespace TableImport.Emulator.Warehouse;

/// <summary>
/// The local warehouse an emulator started with <c>--warehouse FILE.duckdb</c> stands over. It is read, never written:
/// a dry run or a create checks the job against its table after the rules pass, and a run counts the rows in its
/// window. Each does so on its own read-only connection, closed before it returns.
/// </summary>
internal sealed class DuckDbWarehouse(string path)
{
    /// <summary>The DuckDB file, as given.</summary>
    public string Path { get; } = path;

    /// <summary>
    /// The validation of a dry run or a create: <paramref name="rules"/> when the rules failed (the table is not read),
    /// else Passed or the first way the job and its table disagree.
    /// </summary>
    public ValidationResult Check(TableImportJobDefinition definition, ValidationResult rules)
    {
        var table = WarehouseTable.Of(definition);
        if (rules.ValidationStatus != ValidationResult.Passed.ValidationStatus || table is null)
        {
            return rules;
        }

        try
        {
            var problem = Read(reader => TableCheck.FindProblem(reader, table, definition.ModelType, definition.Schema));
            return problem is null ? rules : ValidationResult.Failed(problem.Code, problem.Message);
        }
        catch (WarehouseException exception)
        {
            return ValidationResult.Failed(exception.Problem.Code, exception.Problem.Message);
        }
    }

    /// <summary>
    /// The rows of <paramref name="job"/>'s table whose change timestamp falls in each window, on one connection. The job
    /// is checked against its table first, as Arize's import would fail on a table that no longer fits the job; that
    /// failure, or an unreadable file, is a <see cref="WarehouseException"/>.
    /// </summary>
    public IReadOnlyList<long> CountRows(TableImportJob job, IReadOnlyList<(DateTime? Start, DateTime End)> windows)
    {
        var table = WarehouseTable.Of(job.Definition) ?? throw new WarehouseException(new(WarehouseProblem.TableNotFound, $"Job {job.JobId} names no table."));
        return Read(reader =>
        {
            if (TableCheck.FindProblem(reader, table, job.Definition.ModelType, job.Schema) is { } problem)
            {
                throw new WarehouseException(problem);
            }

            var name = job.Schema.ChangeTimestamp;
            var changeTimestamp = string.IsNullOrWhiteSpace(name)
                ? null
                : reader.Columns(table).Single(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
            return windows
                .Select(w => changeTimestamp is null ? reader.CountRows(table) : reader.CountRows(table, changeTimestamp, w.Start, w.End))
                .ToList();
        });
    }

    private T Read<T>(Func<WarehouseReader, T> read)
    {
        using var reader = WarehouseReader.Open(Path);
        try
        {
            return read(reader);
        }
        catch (DbException exception)
        {
            throw new WarehouseException(new(WarehouseProblem.Unavailable, $"The emulator could not read the warehouse {Path}: {exception.Message}"));
        }
    }
}
