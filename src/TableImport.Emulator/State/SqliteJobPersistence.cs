using System.Text.Json;
using Microsoft.Data.Sqlite;
using TableImport.Emulator.Model;

namespace TableImport.Emulator.State;

/// <summary>
/// Write-through copy of the store in a SQLite file. Each row holds a record as JSON (a job's shape: <see cref="JobJson"/>):
/// the emulator never queries the file, it only reloads everything at start, so columns beyond the keys would buy
/// nothing. Not thread-safe on its own; <see cref="JobStore"/> calls it under its lock.
/// </summary>
internal sealed class SqliteJobPersistence : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteConnection connection;
    private readonly string path;

    public SqliteJobPersistence(string path)
    {
        this.path = path;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // No pooling: when the emulator stops, the file must be released so a test can restart on it or delete it.
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS jobs (job_id TEXT PRIMARY KEY, sequence INTEGER NOT NULL, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS queries (job_id TEXT NOT NULL, ordinal INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (job_id, ordinal));
            """);
    }

    public IEnumerable<TableImportJob> LoadJobs()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT job_id, json FROM jobs ORDER BY sequence";
        using var reader = command.ExecuteReader();
        var jobs = new List<TableImportJob>();
        while (reader.Read())
        {
            TableImportJob job;
            try
            {
                job = JobJson.Read(reader.GetString(1));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException(
                    $"The data file {path} holds a job ({reader.GetString(0)}) this emulator cannot read: {exception.Message}. Start with another --data-file, or delete this one to begin afresh.",
                    exception);
            }

            jobs.Add(job with { CreatedAt = AsUtc(job.CreatedAt) });
        }

        return jobs;
    }

    public IEnumerable<(string JobId, TableImportJobQuery Query)> LoadQueries()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT job_id, json FROM queries ORDER BY job_id, ordinal";
        using var reader = command.ExecuteReader();
        var queries = new List<(string, TableImportJobQuery)>();
        while (reader.Read())
        {
            var query = JsonSerializer.Deserialize<TableImportJobQuery>(reader.GetString(1), Json)
                ?? throw new InvalidDataException("A query row of the data file is empty.");
            queries.Add((reader.GetString(0), query with
            {
                CreatedAt = AsUtc(query.CreatedAt),
                WindowStartTimestamp = query.WindowStartTimestamp is { } start ? AsUtc(start) : null,
                WindowEndTimestamp = query.WindowEndTimestamp is { } end ? AsUtc(end) : null,
            }));
        }

        return queries;
    }

    public void SaveJob(TableImportJob job)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO jobs (job_id, sequence, json) VALUES ($id, $seq, $json) ON CONFLICT(job_id) DO UPDATE SET json = excluded.json";
        command.Parameters.AddWithValue("$id", job.JobId);
        command.Parameters.AddWithValue("$seq", job.Sequence);
        command.Parameters.AddWithValue("$json", JobJson.Write(job));
        command.ExecuteNonQuery();
    }

    /// <summary>Saves a job together with the queries it just recorded, atomically.</summary>
    public void SaveJobWithQueries(TableImportJob job, int firstOrdinal, IReadOnlyList<TableImportJobQuery> queries)
    {
        using var transaction = connection.BeginTransaction();
        SaveJob(job);
        for (var i = 0; i < queries.Count; i++)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO queries (job_id, ordinal, json) VALUES ($id, $ordinal, $json)";
            command.Parameters.AddWithValue("$id", job.JobId);
            command.Parameters.AddWithValue("$ordinal", firstOrdinal + i);
            command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(queries[i], Json));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose() => connection.Dispose();

    private static DateTime AsUtc(DateTime value) => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
