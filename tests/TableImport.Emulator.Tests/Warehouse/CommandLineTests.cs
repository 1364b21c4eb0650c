using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>The emulator as a user starts it: its own process, <c>--warehouse FILE.duckdb</c> or <c>--graphql-schema proven</c>, the page linked from its startup line.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly WarehouseFile warehouse = new();

    [Fact]
    public async Task Started_with_warehouse_it_checks_jobs_against_the_file_and_its_startup_line_links_the_page()
    {
        warehouse.Execute(WarehouseFile.SeedTable.Replace("partition_timestamp TIMESTAMP", "partition_timestamp VARCHAR", StringComparison.Ordinal));
        using var process = Start("--urls", "http://127.0.0.1:0", "--warehouse", warehouse.FilePath);
        try
        {
            var match = await StartupLineAsync(process);
            Assert.Equal("known", match.Groups["schema"].Value);
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

    [Fact]
    public async Task Started_with_the_proven_schema_it_says_so_and_refuses_a_model_version_update_naming_the_field()
    {
        using var process = Start("--urls", "http://127.0.0.1:0", "--graphql-schema", "proven");
        try
        {
            var match = await StartupLineAsync(process);
            Assert.Equal("proven", match.Groups["schema"].Value);
            using var client = new GraphQLTestClient(new Uri(match.Groups["graphql"].Value));
            var (_, jobId) = await Jobs.CreateAsync(client);

            var response = await client.SendAsync(
                "mutation($jobId: ID!, $v: String) { updateTableImportJob(input: { jobId: $jobId, modelVersion: $v }) { tableImportJob { modelVersion } } }",
                new JsonObject { ["jobId"] = jobId, ["v"] = "v2" }.ToJsonString());

            Assert.Equal("Argument 'input' has invalid value. In field 'modelVersion': Unknown field.", response.FirstError);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => warehouse.Dispose();

    /// <summary>The emulator in a process of its own, as <c>dotnet run --project src/TableImport.Emulator -- ARGS</c> runs it.</summary>
    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(EmulatorServer).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<Match> StartupLineAsync(Process process)
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
        return match;
    }

    [GeneratedRegex(@"^Table Importer emulator: POST (?<graphql>http://127\.0\.0\.1:\d+/graphql), jobs and queries at (?<page>http://127\.0\.0\.1:\d+/) \(schema: (?<schema>known|proven)\)$")]
    private static partial Regex StartupLine();
}
