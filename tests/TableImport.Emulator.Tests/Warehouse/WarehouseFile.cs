using System.Diagnostics;
using DuckDB.NET.Data;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>A real DuckDB file in a temp folder, written the way an application writes: open, write, close.</summary>
internal sealed class WarehouseFile : IDisposable
{
    /// <summary>The seed's BigQuery table: dataset "test-dataset", table "test-table", every column the seed's job maps.</summary>
    public const string SeedTable = """
        CREATE SCHEMA "test-dataset";
        CREATE TABLE "test-dataset"."test-table" (
            prediction_id VARCHAR, prediction VARCHAR, prediction_ts TIMESTAMP, feature_amount DOUBLE, feature_country VARCHAR,
            actual VARCHAR, model_version VARCHAR, tag_region VARCHAR, partition_timestamp TIMESTAMP);
        """;

    /// <summary>The seed's Snowflake event-based table: schema "snowflake-schema", table "table-name", the same columns.</summary>
    public const string SnowflakeTable = """
        CREATE SCHEMA "snowflake-schema";
        CREATE TABLE "snowflake-schema"."table-name" (
            prediction_id VARCHAR, prediction VARCHAR, prediction_ts TIMESTAMP, feature_amount DOUBLE, feature_country VARCHAR,
            actual VARCHAR, model_version VARCHAR, tag_region VARCHAR, partition_timestamp TIMESTAMP);
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "tableimport-warehouse-" + Guid.NewGuid().ToString("N"));

    public WarehouseFile()
    {
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, "warehouse.duckdb");
    }

    public string FilePath { get; }

    /// <summary>Runs <paramref name="sql"/> on a connection of its own, closed before this returns.</summary>
    public void Execute(string sql, params object?[] parameters)
    {
        using var connection = new DuckDBConnection("Data Source=" + FilePath);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        }

        command.ExecuteNonQuery();
    }

    /// <summary>Adds one row of <paramref name="table"/> per change timestamp (null: a row without one).</summary>
    public void InsertChanges(string table, params string?[] changeTimestamps)
    {
        var id = 0;
        foreach (var changed in changeTimestamps)
        {
            Execute(
                $"INSERT INTO {table} (prediction_id, prediction, partition_timestamp) VALUES ($1, 'fraud', $2)",
                $"p{++id}",
                changed is null ? null : DateTime.SpecifyKind(DateTimeOffset.Parse(changed, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, DateTimeKind.Unspecified));
        }
    }

    /// <summary>
    /// Starts another process that opens the file for writing and holds it until the returned handle is disposed, as an
    /// application with a long-lived connection does.
    /// </summary>
    public async Task<IAsyncDisposable> HoldOpenForWritingAsync()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(WarehouseFile).Assembly.Location, "hold-warehouse", FilePath })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The writer process did not start.");
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line != "holding")
        {
            var error = await process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException($"The writer process did not open {FilePath}: {line} {error}");
        }

        return new Writer(process);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class Writer(Process process) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
            }

            process.Dispose();
        }
    }
}
