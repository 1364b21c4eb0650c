using System.Reflection;
using DuckDB.NET.Data;
using TableImport.Cli.Loading;
using TableImport.Cli.Tests.Infrastructure;
using TableImport.Client;
using TableImport.Emulator;

namespace TableImport.Cli.Tests;

/// <summary>
/// <c>tableimport scaffold table</c> round trip: a DuckDB table no code of ours wrote (plain SQL, a DECIMAL(18,2)
/// among its columns) is scaffolded, the type builds with warnings as errors (so no TI diagnostic), and its
/// <c>CreateTableSql(WarehouseDialect.DuckDb)</c> run in a fresh database gives the same columns with the same types in
/// the same order; the emulator over the original file finds the table and passes the job's dry run.
/// </summary>
public sealed class ScaffoldTableTests : IDisposable
{
    private const string Table = """
        CREATE SCHEMA lending;
        CREATE TABLE lending.loan_decisions (
            prediction_id VARCHAR NOT NULL,
            prediction_ts TIMESTAMPTZ,
            change_timestamp TIMESTAMP,
            prediction_label VARCHAR,
            prediction_score DOUBLE,
            actual_label VARCHAR,
            model_version VARCHAR,
            amount DECIMAL(18,2),
            feature_income DECIMAL(12,2),
            feature_employer VARCHAR,
            feature_products VARCHAR[],
            feature_age INTEGER,
            tag_branch VARCHAR,
            class_scores MAP(VARCHAR, DOUBLE),
            history DOUBLE[],
            applicant UUID,
            decided_on DATE,
            attempts BIGINT,
            manual BOOLEAN,
            "Risk Band" VARCHAR
        );
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("tableimport-scaffold-table-").FullName;

    [Fact]
    public async Task A_DuckDB_table_scaffolds_to_a_type_whose_CreateTableSql_gives_the_same_table()
    {
        var warehouse = Path.Combine(folder, "warehouse.duckdb");
        Execute(warehouse, Table);
        var original = Columns(warehouse, "lending", "loan_decisions");
        Assert.Equal(20, original.Count);
        Assert.Contains(("amount", "DECIMAL(18,2)"), original);

        using var project = ScaffoldedProject.Create("ScaffoldedTable");
        var scaffold = await CommandTests.RunAsync(
            "scaffold", "table", "--warehouse", warehouse, "--table", "lending.loan_decisions", "--model-name", "loan-decisions",
            "--model-type", "score_categorical", "--environment", "production", "--output", project.Sources, "--namespace", "Lending.Jobs", "--class", "LoanDecision");
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        var source = File.ReadAllText(Path.Combine(project.Sources, "LoanDecision.cs"));
        Assert.Contains("[Column(TypeName = \"decimal(18, 2)\")]\n        public decimal? Amount { get; set; }", source, StringComparison.Ordinal);
        Assert.Contains("[BigQueryTable(\"<project id>\", \"lending\", \"loan_decisions\")]", source, StringComparison.Ordinal);

        project.Build();
        var type = new AppLoadContext(project.Assembly).LoadFromAssemblyPath(project.Assembly).GetType("Lending.Jobs.LoanDecision", throwOnError: true)!;
        var sql = (string)type.GetMethod("CreateTableSql", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [WarehouseDialect.DuckDb])!;
        var fresh = Path.Combine(folder, "fresh.duckdb");
        Execute(fresh, sql);
        Assert.Equal(original, Columns(fresh, "lending", "loan_decisions"));

        // The job the type declares, with roles from the column names, is one the emulator over the first file accepts.
        var job = (TableImportJobDefinition)type.GetProperty("TableImportJob")!.GetValue(null)!;
        Assert.Equal(("prediction_id", "prediction_ts", "change_timestamp", "feature_", "tag_"), (job.Schema.PredictionId, job.Schema.Timestamp, job.Schema.ChangeTimestamp, job.Schema.Features, job.Schema.Tags));
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Warehouse = warehouse });
        using var http = new HttpClient();
        using var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = "local" });
        var dryRun = await client.DryRunAsync(job);
        Assert.True(dryRun.Passed, dryRun.ErrorMessage);
    }

    [Fact]
    public async Task A_missing_table_or_a_wrong_model_type_is_one_line()
    {
        var warehouse = Path.Combine(folder, "empty.duckdb");
        Execute(warehouse, "CREATE SCHEMA s; CREATE TABLE s.other (x INTEGER);");

        var missing = await CommandTests.RunAsync("scaffold", "table", "--warehouse", warehouse, "--table", "s.t", "--model-name", "m", "--model-type", "numeric", "--environment", "production", "--output", folder);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("has no table \"s\".\"t\"; its tables: \"s\".\"other\"", missing.Error, StringComparison.Ordinal);

        var wrongType = await CommandTests.RunAsync("scaffold", "table", "--warehouse", warehouse, "--table", "s.other", "--model-name", "m", "--model-type", "Numeric", "--environment", "production", "--output", folder);
        Assert.Equal(1, wrongType.ExitCode);
        Assert.Contains("--model-type 'Numeric' is not a model type: use score_categorical, numeric,", wrongType.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.cs"));

        var notAFile = Path.Combine(folder, "not.duckdb");
        File.WriteAllText(notAFile, "hello");
        var unreadable = await CommandTests.RunAsync("scaffold", "table", "--warehouse", notAFile, "--table", "s.t", "--model-name", "m", "--model-type", "numeric", "--environment", "production", "--output", folder);
        Assert.Equal(1, unreadable.ExitCode);
        Assert.Contains("Could not read " + notAFile, unreadable.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("close what writes to it", unreadable.Error, StringComparison.Ordinal);

        // A class or namespace that is no C# name is one line naming it, and leaves not even the output folder behind.
        var output = Path.Combine(folder, "never-made");
        foreach (var (option, value) in new[] { ("--class", "2bad"), ("--class", "ModelType"), ("--namespace", "My App") })
        {
            var refused = await CommandTests.RunAsync("scaffold", "table", "--warehouse", warehouse, "--table", "s.other", "--model-name", "m", "--model-type", "numeric", "--environment", "production", "--output", output, option, value);
            Assert.True(refused.ExitCode == 1, refused.ToString());
            Assert.StartsWith("error: Not writing anything: ", refused.Error, StringComparison.Ordinal);
            Assert.Contains($"'{value}'", refused.Error, StringComparison.Ordinal);
            Assert.Single(refused.Error.Trim().Split('\n'));
            Assert.DoesNotContain("ArgumentException", refused.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // DuckDB may still hold a file for a moment; the temp folder is cleaned by the OS eventually.
        }
    }

    private static void Execute(string file, string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + file);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<(string Name, string Type)> Columns(string file, string schema, string table)
    {
        using var connection = new DuckDBConnection("Data Source=" + file);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name = '{table}' ORDER BY ordinal_position";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }
}
