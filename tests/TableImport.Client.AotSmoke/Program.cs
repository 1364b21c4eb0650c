using Microsoft.Extensions.DependencyInjection;
using TableImport;
using TableImport.Client;

// Usage: TableImport.Client.AotSmoke <graphql-endpoint> [api-key]
// Drives the client, through DI and through new, against a live endpoint (the emulator), so that the published
// native binary exercises the source-generated JSON, the request writer and the resilience pipeline.
if (args.Length < 1 || !Uri.TryCreate(args[0], UriKind.Absolute, out var endpoint))
{
    Console.Error.WriteLine("usage: TableImport.Client.AotSmoke <graphql-endpoint> [api-key]");
    return 2;
}

var apiKey = args.Length > 1 ? args[1] : null;
var definition = new TableImportJobDefinition
{
    ModelName = "aot-smoke",
    ModelType = ModelType.ScoreCategorical,
    ModelEnvironmentName = ModelEnvironment.Production,
    TableStore = TableStore.BigQuery,
    BigQueryTableConfig = new BigQueryTableConfig { ProjectId = "p", Dataset = "d", TableName = "t" },
    Schema = new TableImportSchema { PredictionId = "prediction_id", PredictionLabel = "prediction", Timestamp = "prediction_ts", ChangeTimestamp = "partition_timestamp" },
};

var services = new ServiceCollection();
services.AddTableImportClient(o =>
{
    o.Endpoint = endpoint;
    o.ApiKey = apiKey;
    o.SpaceId = "aot-smoke-space";
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<TableImportClient>();

var validation = await client.DryRunAsync(definition);
Console.WriteLine($"dry run: {validation.Status}");
var job = await client.CreateJobAsync(definition);
Console.WriteLine($"created: {job.JobId} ({job.JobStatus})");
var count = 0;
await foreach (var listed in client.ListJobsAsync())
{
    count++;
}

Console.WriteLine($"listed: {count}");

using var http = new HttpClient();
using var plain = new TableImportClient(http, new TableImportClientOptions { Endpoint = endpoint, ApiKey = apiKey, SpaceId = "aot-smoke-space" });
var fetched = await plain.GetJobAsync(job.Id);
var paused = await plain.PauseJobAsync(job.JobId);
var queries = await plain.ListQueriesAsync(job.Id);
Console.WriteLine($"fetched: {fetched?.ModelName} ({fetched?.ModelType}, {fetched?.Table}), paused: {paused.JobStatus}, queries: {queries.TotalCount}");
return validation.Passed && fetched is not null && paused.JobStatus == JobStatus.Inactive ? 0 : 1;
