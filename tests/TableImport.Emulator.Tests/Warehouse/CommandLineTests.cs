using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>The emulator as a user starts it: its own process, <c>--warehouse FILE.duckdb</c>, the page linked from its startup line.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly WarehouseFile warehouse = new();

    [Fact]
    public async Task Started_with_warehouse_it_checks_jobs_against_the_file_and_its_startup_line_links_the_page()
    {
        warehouse.Execute(WarehouseFile.SeedTable.Replace("partition_timestamp TIMESTAMP", "partition_timestamp VARCHAR", StringComparison.Ordinal));
        var emulator = typeof(EmulatorServer).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { emulator, "--urls", "http://127.0.0.1:0", "--warehouse", warehouse.FilePath })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            string? line;
            do
            {
                line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            }
            while (line is not null && !line.StartsWith("Table Importer emulator: POST ", StringComparison.Ordinal));

            Assert.NotNull(line);
            var match = StartupLine().Match(line);
            Assert.True(match.Success, line);
            Assert.Equal(match.Groups["page"].Value + "graphql", match.Groups["graphql"].Value);

            using var client = new GraphQLTestClient(new Uri(match.Groups["graphql"].Value));
            var input = Jobs.Input();
            input["dryRun"] = true;
            var result = (await client.SendAsync(Jobs.Create, Jobs.Variables(input))).AssertData()
                .GetProperty("createTableImportJob").GetProperty("validationResult").GetProperty("error");
            Assert.Equal("COLUMN_TYPE", result.GetProperty("code").GetString());
            Assert.StartsWith("schema.changeTimestamp: column \"partition_timestamp\" of table \"test-dataset\".\"test-table\" is VARCHAR", result.GetProperty("message").GetString(), StringComparison.Ordinal);

            using var http = new HttpClient();
            var page = await http.GetStringAsync(match.Groups["page"].Value);
            Assert.Contains($"Warehouse <code>{warehouse.FilePath}</code>", page, StringComparison.Ordinal);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => warehouse.Dispose();

    [GeneratedRegex(@"^Table Importer emulator: POST (?<graphql>http://127\.0\.0\.1:\d+/graphql), jobs and queries at (?<page>http://127\.0\.0\.1:\d+/)$")]
    private static partial Regex StartupLine();
}
