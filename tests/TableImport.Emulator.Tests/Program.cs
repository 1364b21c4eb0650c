using DuckDB.NET.Data;

namespace TableImport.Emulator.Tests;

/// <summary>
/// The test assembly's own entry point (the test host never calls it). <c>dotnet TableImport.Emulator.Tests.dll
/// hold-warehouse FILE</c> is an application in another process that holds the warehouse open for writing until its
/// standard input closes: the one thing a test in this process cannot do to the emulator, because DuckDB's file lock
/// is per process.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args is not ["hold-warehouse", var path])
        {
            Console.Error.WriteLine("usage: hold-warehouse FILE.duckdb");
            return 2;
        }

        using var connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            // Proves the connection writes.
            command.CommandText = "CREATE TABLE IF NOT EXISTS writer_was_here (written_at TIMESTAMP)";
            command.ExecuteNonQuery();
        }

        Console.WriteLine("holding");
        Console.Out.Flush();
        Console.In.ReadToEnd();
        return 0;
    }
}
