using TableImport.Client;
using TableImport.Emulator;
using TableImport.Sample;

namespace TableImport.Hosting.Tests;

/// <summary>The sample as a user runs it, pointed at one emulator through its configuration, as TableImport__Endpoint would.</summary>
public sealed class SampleTests
{
    [Theory]
    [InlineData(EmulatorGraphQLSchema.Known)]
    [InlineData(EmulatorGraphQLSchema.Proven)]
    public async Task The_sample_run_twice_against_one_emulator_creates_its_jobs_once(EmulatorGraphQLSchema picture)
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        string[] args = ["--TableImport:Endpoint=" + emulator.GraphQLEndpoint, "--TableImport:SpaceId=sample-twice"];

        var firstOutput = new StringWriter();
        var (firstExit, first) = await SampleApp.RunWithReportAsync(args, firstOutput);
        var secondOutput = new StringWriter();
        var (secondExit, second) = await SampleApp.RunWithReportAsync(args, secondOutput);

        Assert.Equal(0, firstExit);
        Assert.Equal("Table import registration: 3 created, 0 updated, 0 unchanged, 0 failed", first!.Summary);
        Assert.Equal(0, secondExit);
        Assert.Equal("Table import registration: 0 created, 0 updated, 3 unchanged, 0 failed", second!.Summary);
        // The table lists the three jobs, once each, and nothing in the output suggests a failure.
        Assert.Contains("3 job(s) in the space.", secondOutput.ToString());
        foreach (var model in new[] { "card-fraud", "search-ranking", "delivery-eta" })
        {
            Assert.Single(secondOutput.ToString().Split('\n'), line => line.Contains(model, StringComparison.Ordinal));
        }

        Assert.DoesNotContain("FAILED", firstOutput.ToString() + secondOutput.ToString());
    }

    [Fact]
    public async Task With_no_endpoint_configured_the_sample_starts_its_own_emulator_and_registers_its_jobs()
    {
        var output = new StringWriter();

        // What the README's first command does: no endpoint, no space, no key.
        var (exit, report) = await SampleApp.RunWithReportAsync([], output);

        Assert.Equal(0, exit);
        Assert.Equal("Table import registration: 3 created, 0 updated, 0 unchanged, 0 failed", report!.Summary);
        Assert.Contains("started the local Table Importer emulator at http://127.0.0.1:", output.ToString());
        Assert.Contains("3 job(s) in the space.", output.ToString());
    }

    [Fact]
    public async Task The_sample_finds_its_own_jobs_with_no_extra_line_and_registers_what_the_generator_emitted()
    {
        await using var emulator = await EmulatorServer.StartAsync();
        var (exit, report) = await SampleApp.RunWithReportAsync(
            ["--TableImport:Endpoint=" + emulator.GraphQLEndpoint, "--TableImport:SpaceId=sample-generated"], TextWriter.Null);
        Assert.Equal(0, exit);

        using var http = new HttpClient();
        var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = emulator.GraphQLEndpoint, SpaceId = "sample-generated" });
        var jobs = new List<TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync())
        {
            jobs.Add(job);
        }

        Assert.Equal(
            ["TableImport.Sample.Jobs.CardFraudScore", "TableImport.Sample.Jobs.DeliveryTimeEstimate", "TableImport.Sample.Jobs.SearchRanking"],
            report!.Jobs.Select(j => j.JobType).Order(StringComparer.Ordinal));
        var ranking = Assert.Single(jobs, j => j.ModelName == "search-ranking");
        // What the generator derived from SearchRanking's members under UpperSnakeCase, as the server stored it.
        Assert.Equal(TableImport.Sample.Jobs.SearchRanking.Columns.SearchId, ranking.Schema.PredictionGroupId);
        Assert.Equal("SEARCH_ID", ranking.Schema.PredictionGroupId);
        Assert.Equal(["QUERY_LENGTH", "PRICE"], ranking.Schema.FeaturesList);
        var fraud = Assert.Single(jobs, j => j.ModelName == "card-fraud");
        Assert.Equal(15, fraud.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal("feature_", fraud.Schema.Features);
    }

    [Fact]
    public async Task Over_a_warehouse_the_sample_creates_its_tables_writes_rows_and_shows_what_an_hour_of_runs_counted()
    {
        var file = Path.Combine(Path.GetTempPath(), "tableimport-sample-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            var output = new StringWriter();

            // What the README's "Test your pipeline locally" runs: no endpoint, so the sample's own emulator over the file.
            var (exit, report) = await SampleApp.RunWithReportAsync(["--warehouse", file], output);

            Assert.Equal(0, exit);
            Assert.Equal("Table import registration: 3 created, 0 updated, 0 unchanged, 0 failed", report!.Summary);
            // Each table has the three rows the sample wrote: 10 minutes, 40 minutes and 3 days old.
            using (var connection = new DuckDB.NET.Data.DuckDBConnection("Data Source=" + file))
            {
                connection.Open();
                foreach (var table in new[] { "\"fraud\".\"scored_transactions\"", "\"logistics\".\"eta_validation\"", "\"RANKING\".\"RESULTS\"" })
                {
                    using var count = connection.CreateCommand();
                    count.CommandText = "SELECT count(*) FROM " + table;
                    Assert.Equal(3L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            // Every job's 24-hour window holds the two recent rows and not the 3-day-old one; card-fraud runs every 15 minutes.
            var runs = output.ToString().Split('\n').SkipWhile(line => !line.StartsWith("One hour later", StringComparison.Ordinal)).ToList();
            Assert.Matches(@"^card-fraud\s+4\s+.+\s2\s*$", Assert.Single(runs, line => line.StartsWith("card-fraud", StringComparison.Ordinal)));
            Assert.Matches(@"^delivery-eta\s+1\s+.+\s2\s*$", Assert.Single(runs, line => line.StartsWith("delivery-eta", StringComparison.Ordinal)));
            Assert.Matches(@"^search-ranking\s+1\s+.+\s2\s*$", Assert.Single(runs, line => line.StartsWith("search-ranking", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
