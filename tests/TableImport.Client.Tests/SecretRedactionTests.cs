using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TableImport.Emulator;

namespace TableImport.Client.Tests;

public sealed class SecretRedactionTests
{
    private const string ApiKey = "ak-7d41c0ffee-SECRET";
    private const string WrongKey = "ak-wrong-0badf00d-SECRET";
    private const string DatabricksToken = "dapi-token-SECRET-99";

    [Fact]
    public async Task The_API_key_appears_in_no_log_line_exception_or_ToString()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = ApiKey });
        var logs = new CapturingLoggerProvider();
        var traced = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TableImportTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => traced.Add($"{activity.DisplayName} {activity.StatusDescription} {string.Join(",", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))}"),
        };
        ActivitySource.AddActivityListener(listener);

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddTableImportClient(o =>
        {
            o.Endpoint = server.GraphQLEndpoint;
            o.ApiKey = ApiKey;
            o.DatabricksToken = DatabricksToken;
            o.SpaceId = "space_id";
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();
        var seen = new List<string> { client.ToString(), client.Options.ToString() };

        // A run that works, including a Databricks job whose token goes over the wire.
        var job = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        var databricks = SeedJobs.ScoredTransaction("databricks");
        databricks.TableStore = TableStore.Databricks;
        databricks.BigQueryTableConfig = null;
        databricks.DatabricksTableConfig = new DatabricksTableConfig { HostName = "h", Endpoint = "e", Catalog = "c", DatabricksSchema = "s", TableName = "t" };
        await client.DryRunAsync(databricks, Test.Timeout);
        await EndToEndTests.ToListAsync(client.ListJobsAsync(Test.Timeout));
        await client.PauseJobAsync(job.JobId, Test.Timeout);

        // Failing calls: retried 500s, a GraphQL error, a body that is not JSON, a validation failure, an unknown job.
        server.Faults.FailNext(2, 500);
        await client.StartJobAsync(job.JobId, Test.Timeout);
        server.Faults.GraphQLErrorNext(1, "boom");
        seen.Add((await Assert.ThrowsAnyAsync<TableImportException>(() => client.GetJobAsync(job.Id, Test.Timeout))).ToString());
        server.Faults.NotJsonNext(1);
        seen.Add((await Assert.ThrowsAnyAsync<TableImportException>(() => client.GetJobAsync(job.Id, Test.Timeout))).ToString());
        var invalid = SeedJobs.ScoredTransaction();
        invalid.ModelEnvironmentName = ModelEnvironment.Validation;
        seen.Add((await Assert.ThrowsAnyAsync<TableImportException>(() => client.CreateJobAsync(invalid, Test.Timeout))).ToString());
        seen.Add((await Assert.ThrowsAnyAsync<TableImportException>(() => client.DeleteJobAsync("no-such-job", Test.Timeout))).ToString());

        // A 401: a client with the wrong key, through DI and through new.
        var wrong = new ServiceCollection();
        wrong.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        wrong.AddTableImportClient(o =>
        {
            o.Endpoint = server.GraphQLEndpoint;
            o.ApiKey = WrongKey;
            o.SpaceId = "space_id";
        });
        await using var wrongProvider = wrong.BuildServiceProvider();
        seen.Add((await Assert.ThrowsAsync<TableImportAuthenticationException>(() => wrongProvider.GetRequiredService<TableImportClient>().DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout))).ToString());
        using (var http = new HttpClient())
        using (var plain = new TableImportClient(http, new TableImportClientOptions { Endpoint = server.GraphQLEndpoint, ApiKey = WrongKey, SpaceId = "s" }, provider.GetRequiredService<ILogger<TableImportClient>>()))
        {
            seen.Add(plain.ToString());
            seen.Add((await Assert.ThrowsAsync<TableImportAuthenticationException>(() => plain.GetJobAsync("x", Test.Timeout))).ToString());
        }

        var everything = logs.Lines.Concat(seen).Concat(traced).ToList();
        Assert.Contains(logs.Lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal) && l.StartsWith("Trace", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("the API key was refused", StringComparison.Ordinal));
        // The factory's own Trace logging does print the header, redacted: proof the header lines were captured and checked.
        Assert.Contains(logs.Lines, l => l.Contains("x-api-key: *", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("retrying", StringComparison.Ordinal) || l.Contains("Sending HTTP request", StringComparison.Ordinal));
        foreach (var secret in new[] { ApiKey, WrongKey, DatabricksToken })
        {
            Assert.DoesNotContain(everything, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
