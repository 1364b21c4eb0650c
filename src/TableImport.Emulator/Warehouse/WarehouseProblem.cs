namespace TableImport.Emulator.Warehouse;

/// <summary>
/// Why a job and its warehouse table disagree, as the <c>code</c> and <c>message</c> of a failed
/// <c>validationResult</c>. These are warehouse checks, not TI rules: the analyzers cannot see a table.
/// </summary>
internal sealed record WarehouseProblem(string Code, string Message)
{
    /// <summary>The job's table is not in the warehouse.</summary>
    public const string TableNotFound = "TABLE_NOT_FOUND";

    /// <summary>A column the job names, or any column a prefix would match, is not in the table.</summary>
    public const string ColumnNotFound = "COLUMN_NOT_FOUND";

    /// <summary>A column's type cannot hold its role.</summary>
    public const string ColumnType = "COLUMN_TYPE";

    /// <summary>The warehouse file is missing, or cannot be opened for reading (another process writes to it).</summary>
    public const string Unavailable = "WAREHOUSE_UNAVAILABLE";
}

/// <summary>A <see cref="WarehouseProblem"/> met where there is no validation result to carry it (a run).</summary>
internal sealed class WarehouseException(WarehouseProblem problem) : Exception(problem.Message)
{
    public WarehouseProblem Problem { get; } = problem;
}
