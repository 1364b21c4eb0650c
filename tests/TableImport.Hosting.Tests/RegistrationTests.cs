using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using TableImport.Client;
using TableImport.Emulator;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting.Tests;

public sealed class RegistrationTests : IAsyncLifetime
{
    private EmulatorServer emulator = null!;
    private EmulatorServer proven = null!;

    /// <summary>Both pictures of the API the emulator serves: what has evidence of working, and everything known.</summary>
    public static TheoryData<EmulatorGraphQLSchema> Pictures => [EmulatorGraphQLSchema.Known, EmulatorGraphQLSchema.Proven];

    public async Task InitializeAsync()
    {
        emulator = await EmulatorServer.StartAsync();
        proven = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = EmulatorGraphQLSchema.Proven });
    }

    public async Task DisposeAsync()
    {
        await emulator.DisposeAsync();
        await proven.DisposeAsync();
    }

    private EmulatorServer Serving(EmulatorGraphQLSchema picture) => picture == EmulatorGraphQLSchema.Proven ? proven : emulator;

    [Fact]
    public async Task A_second_run_with_nothing_changed_creates_and_updates_nothing()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(refreshMinutes: 30), Jobs.Ranking()];

        await using var first = await RegistrationHost.RunAsync(emulator, space, jobs);
        Assert.Equal("Table import registration: 2 created, 0 updated, 0 unchanged, 0 failed", SummaryText(first));

        emulator.RequestCounts.Reset();
        await using var second = await RegistrationHost.RunAsync(emulator, space, jobs);
        Assert.Equal("Table import registration: 0 created, 0 updated, 2 unchanged, 0 failed", SummaryText(second));
        // One listing page and no mutation at all: an unchanged job costs no dry run.
        Assert.Equal(1, emulator.RequestCounts.Total);
        Assert.Equal(2, await CountLiveJobsAsync(space));
    }

    [Fact]
    public async Task Client_settings_in_the_TableImport_section_reach_the_client()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(), Jobs.Ranking()];
        await using var first = await RegistrationHost.RunAsync(emulator, space, jobs);
        emulator.RequestCounts.Reset();

        await using var second = await RegistrationHost.RunAsync(emulator, space, jobs, ("PageSize", "1"));

        // Two jobs, one per page: two listing requests where the default page size needs one.
        Assert.Equal(2, emulator.RequestCounts.Get("node"));
        Assert.Equal(2, second.Report!.Unchanged);
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task Changed_ingestion_parameters_update_the_job_and_the_emulator_shows_the_new_values(EmulatorGraphQLSchema picture)
    {
        var server = Serving(picture);
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(server, space, [Jobs.Fraud(refreshMinutes: 30)]);
        Assert.Equal(1, first.Report!.Created);

        await using var second = await RegistrationHost.RunAsync(server, space, [Jobs.Fraud(refreshMinutes: 45)]);
        Assert.Equal("Table import registration: 0 created, 1 updated, 0 unchanged, 0 failed", SummaryText(second));
        Assert.Equal(1, server.RequestCounts.Get("updateTableIngestionParameters"));

        var job = Assert.Single(await ListAsync(space, server));
        Assert.Equal(45, job.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Equal(12, job.TableIngestionParameters.QueryWindowSizeHours);
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task A_changed_schema_is_updated_in_place(EmulatorGraphQLSchema picture)
    {
        var server = Serving(picture);
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(server, space, [Jobs.Fraud()]);
        var changed = Jobs.Fraud();
        changed.Schema.ActualLabel = "label";

        await using var second = await RegistrationHost.RunAsync(server, space, [changed]);
        Assert.Equal(1, second.Report!.Updated);
        var job = Assert.Single(await ListAsync(space, server));
        Assert.Equal("label", job.Schema.ActualLabel);
        Assert.Equal(first.Report!.Jobs[0].JobId, job.JobId);
    }

    [Fact]
    public async Task Four_registrars_starting_at_once_leave_exactly_one_job_per_identity()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(), Jobs.Ranking(), Jobs.Fraud(table: "refunds")];
        var hosts = Enumerable.Range(0, 4).Select(_ => RegistrationHost.Build(emulator, space, jobs)).ToArray();
        try
        {
            using var go = new SemaphoreSlim(0);
            var starts = hosts.Select(async h =>
            {
                await go.WaitAsync();
                await h.Host.StartAsync();
            }).ToArray();
            go.Release(hosts.Length);
            await Task.WhenAll(starts);

            var live = (await ListAsync(space)).Where(j => j.JobStatus != JobStatus.Deleted).ToArray();
            Assert.Equal(3, live.Length);
            Assert.Equal(3, live.Select(j => (j.ModelName, j.Table)).Distinct().Count());
            // Every replica reports success, and all of them agree on which job survived.
            foreach (var host in hosts)
            {
                Assert.Equal(3, host.Report!.Jobs.Count);
                Assert.Equal(0, host.Report.Failed);
                Assert.All(host.Report.Jobs, r => Assert.Contains(r.JobId, live.Select(j => j.JobId)));
            }
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_job_that_breaks_an_Arize_rule_fails_naming_the_rules_and_no_request_is_sent_for_it()
    {
        var broken = Jobs.Fraud();
        broken.ModelEnvironmentName = ModelEnvironment.Training;
        broken.Schema.ActualLabel = null;
        broken.Schema.ChangeTimestamp = null;

        await using var host = await RegistrationHost.RunAsync(emulator, NewSpace(), [broken]);

        var result = Assert.Single(host.Report!.Jobs);
        Assert.Equal(JobOutcome.Failed, result.Outcome);
        Assert.StartsWith("Contoso.FraudScores: the job breaks Arize rules, so nothing was sent: TI0004: ", result.Message, StringComparison.Ordinal);
        Assert.Contains(" TI0008: Job type 'Contoso.FraudScores' (ScoreCategorical model, Training environment)", result.Message, StringComparison.Ordinal);
        // The space was listed; the job itself cost no request at all.
        Assert.Equal(0, emulator.RequestCounts.Get("createTableImportJob:dryRun"));
        Assert.Equal(0, emulator.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task Two_Snowflake_jobs_differing_only_in_database_both_fail_with_TI0019_on_every_start_and_nothing_is_created_or_deleted()
    {
        var space = NewSpace();
        TableImportJobDefinition[] jobs = [Jobs.SnowflakeScores("Contoso.SalesScores", "SALES"), Jobs.SnowflakeScores("Contoso.MarketingScores", "MARKETING")];

        foreach (var start in new[] { "first", "second" })
        {
            emulator.RequestCounts.Reset();
            await using var host = await RegistrationHost.RunAsync(emulator, space, jobs);

            Assert.True("Table import registration: 0 created, 0 updated, 0 unchanged, 2 failed" == SummaryText(host), start + " start: " + SummaryText(host));
            var sales = host.Report!.Jobs.Single(j => j.JobType == "Contoso.SalesScores");
            Assert.Equal(
                "Contoso.SalesScores: TI0019: it declares the same job as Contoso.MarketingScores (model 'scores', Production environment, Snowflake table 'SCORES'). "
                + "Arize reports a Snowflake job's table by its name only, not its account, database or schema, so it cannot tell the two apart once created, "
                + "and registration would create or update one job for both. Change the model name, environment or table name of one of them.",
                sales.Message);
            Assert.Contains("TI0019: it declares the same job as Contoso.SalesScores", host.Report.Jobs.Single(j => j.JobType == "Contoso.MarketingScores").Message);
            Assert.Equal(0, emulator.RequestCounts.Get("createTableImportJob"));
            Assert.Equal(0, emulator.RequestCounts.Get("deleteTableImportJob"));
            Assert.Empty(await ListAsync(space));
        }
    }

    [Fact]
    public async Task A_replica_race_never_deletes_a_job_that_another_declaration_of_the_app_may_be()
    {
        // Both BigQuery jobs read table 'scores' of one project; only the dataset tells them apart. A server that leaves
        // the dataset out reports them alike, so neither may be taken for the other's duplicate.
        var space = NewSpace();
        var sales = Jobs.Fraud(table: "scores");
        var marketing = Jobs.Fraud(table: "scores");
        marketing.JobTypeName = "Contoso.MarketingScores";
        marketing.BigQueryTableConfig!.Dataset = "marketing";

        // Both are created, then the listing that looks for a replica's duplicates shows two jobs alike.
        await using var host = await RegistrationHost.RunAsync(emulator, space, [sales, marketing], services =>
            services.AddHttpClient(nameof(TableImportClient)).AddHttpMessageHandler(() => new DatasetHidingHandler()));

        Assert.Equal("Table import registration: 2 created, 0 updated, 0 unchanged, 0 failed", SummaryText(host));
        Assert.Equal(0, emulator.RequestCounts.Get("deleteTableImportJob"));
        Assert.Equal(2, await CountLiveJobsAsync(space));
    }

    /// <summary>A server that leaves <c>dataset</c> out of what it reports: the emulator always reports it.</summary>
    private sealed class DatasetHidingHandler : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            Hide(body);
            response.Content = new StringContent(body?.ToJsonString() ?? "null", System.Text.Encoding.UTF8, "application/json");
            return response;
        }

        private static void Hide(System.Text.Json.Nodes.JsonNode? node)
        {
            if (node is System.Text.Json.Nodes.JsonObject obj)
            {
                if (obj.ContainsKey("dataset"))
                {
                    obj["dataset"] = null;
                }

                foreach (var (_, child) in obj.ToList())
                {
                    Hide(child);
                }
            }
            else if (node is System.Text.Json.Nodes.JsonArray array)
            {
                foreach (var child in array)
                {
                    Hide(child);
                }
            }
        }
    }

    [Fact]
    public async Task ValidateOnly_makes_no_mutating_call_other_than_dry_runs()
    {
        var space = NewSpace();
        await using var seeded = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(refreshMinutes: 10)]);
        emulator.RequestCounts.Reset();

        await using var host = await RegistrationHost.RunAsync(
            emulator, space, [Jobs.Fraud(refreshMinutes: 20), Jobs.Ranking()], ("Mode", "ValidateOnly"));

        var counts = emulator.RequestCounts.Snapshot();
        Assert.Equal(2, counts.GetValueOrDefault("createTableImportJob:dryRun"));
        Assert.All(counts.Keys, op => Assert.True(op is "node" or "createTableImportJob:dryRun", $"unexpected call {op}"));
        Assert.Equal(10, Assert.Single(await ListAsync(space)).TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Contains("nothing was written", host.SummaryLine);
        Assert.All(host.Report!.Jobs, r => Assert.Equal(JobOutcome.Validated, r.Outcome));
    }

    [Fact]
    public async Task A_job_that_breaks_an_Arize_rule_with_FailOnError_stops_start_up_naming_the_job_type_and_the_rule()
    {
        await using var host = RegistrationHost.Build(emulator, NewSpace(), [Jobs.Fraud(), Jobs.MissingBatchId()], ("FailOnError", "true"));

        var error = await Assert.ThrowsAsync<TableImportRegistrationException>(() => host.Host.StartAsync());

        Assert.Contains(
            "Contoso.ValidationScores: the job breaks Arize rules, so nothing was sent: TI0016: Job type 'Contoso.ValidationScores' imports into the Validation environment, which requires a batch id",
            error.Message);
        Assert.Contains("1 created, 0 updated, 0 unchanged, 1 failed", error.Message);
    }

    [Fact]
    public async Task Without_FailOnError_the_app_starts_and_the_health_check_reports_Degraded_per_job()
    {
        await using var host = RegistrationHost.Build(emulator, NewSpace(), [Jobs.Fraud(), Jobs.MissingBatchId()]);
        await host.Host.StartAsync();

        var health = await host.CheckHealthAsync();
        var entry = health.Entries[Microsoft.Extensions.DependencyInjection.TableImportServiceCollectionExtensions.HealthCheckName];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.StartsWith("Created", (string)entry.Data["Contoso.FraudScores"]);
        Assert.Contains("TI0016: Job type 'Contoso.ValidationScores' imports into the Validation environment", (string)entry.Data["Contoso.ValidationScores"]);
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("Contoso.ValidationScores") && l.Contains("TI0016"));
        await host.Host.StopAsync();
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task A_paused_job_stays_paused_and_is_logged(EmulatorGraphQLSchema picture)
    {
        var server = Serving(picture);
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(server, space, [Jobs.Fraud(refreshMinutes: 10)]);
        using (var http = new HttpClient())
        {
            var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = server.GraphQLEndpoint, SpaceId = space });
            await client.PauseJobAsync(first.Report!.Jobs[0].JobId!);
        }

        await using var second = await RegistrationHost.RunAsync(server, space, [Jobs.Fraud(refreshMinutes: 20)]);

        var job = Assert.Single(await ListAsync(space, server));
        Assert.Equal(JobStatus.Inactive, job.JobStatus);
        Assert.Equal(20, job.TableIngestionParameters.RefreshIntervalMinutes);
        Assert.Contains(second.Logs.Lines, l => l.Contains("is paused; registration leaves it paused"));
        Assert.Equal(0, server.RequestCounts.Get("startTableImportJob"));
    }

    [Fact]
    public async Task Missing_space_id_fails_start_up_naming_the_setting()
    {
        await using var host = RegistrationHost.Build(emulator, "", [Jobs.Fraud()]);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.Host.StartAsync());
        Assert.Contains("TableImport__SpaceId", error.Message);
    }

    [Fact]
    public async Task An_unreachable_server_fails_every_job_with_a_clear_message_and_the_app_still_starts()
    {
        await using var dead = await EmulatorServer.StartAsync();
        var endpoint = dead.GraphQLEndpoint.ToString();
        await dead.StopAsync();

        await using var host = RegistrationHost.Build(emulator, NewSpace(), [Jobs.Fraud()], ("Endpoint", endpoint), ("MaxRetries", "0"));
        await host.Host.StartAsync();

        var result = Assert.Single(host.Report!.Jobs);
        Assert.Equal(JobOutcome.Failed, result.Outcome);
        Assert.Contains("Contoso.FraudScores", result.Message);
        Assert.Contains("could not list", result.Message);
        await host.Host.StopAsync();
    }

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task A_job_whose_model_version_changed_is_updated_in_place_where_the_server_can_and_left_as_it_is_where_it_cannot(EmulatorGraphQLSchema picture)
    {
        var server = Serving(picture);
        var space = NewSpace();
        var v1 = Jobs.Fraud();
        v1.ModelVersion = "v1";
        await using var first = await RegistrationHost.RunAsync(server, space, [v1]);
        var v2 = Jobs.Fraud();
        v2.ModelVersion = "v2";

        await using var second = await RegistrationHost.RunAsync(server, space, [v2, Jobs.Ranking()]);

        var job = Assert.Single(await ListAsync(space, server), j => j.ModelName == "fraud-detector");
        Assert.Equal(first.Report!.Jobs[0].JobId, job.JobId);
        if (picture == EmulatorGraphQLSchema.Known)
        {
            Assert.Equal("Table import registration: 1 created, 1 updated, 0 unchanged, 0 failed", SummaryText(second));
            var updated = Assert.Single(second.Report!.Jobs, j => j.Outcome == JobOutcome.Updated);
            Assert.Equal("updated modelVersion", updated.Message);
            Assert.Contains(second.Logs.Lines, l => l.Contains("Contoso.FraudScores: updated table import job", StringComparison.Ordinal) && l.Contains("(modelVersion)", StringComparison.Ordinal));
            Assert.Equal(1, server.RequestCounts.Get("updateTableImportJob"));
            Assert.Equal("v2", job.ModelVersion);

            await using var third = await RegistrationHost.RunAsync(server, space, [v2, Jobs.Ranking()]);
            Assert.Equal("Table import registration: 0 created, 0 updated, 2 unchanged, 0 failed", SummaryText(third));
        }
        else
        {
            // The plan read the server's schema (it has no modelVersion on the update), so nothing was sent for the job.
            Assert.Equal("Table import registration: 1 created, 0 updated, 0 unchanged, 1 failed", SummaryText(second));
            var failed = Assert.Single(second.Report!.Jobs, j => j.Outcome == JobOutcome.Failed);
            Assert.StartsWith("Contoso.FraudScores: cannot change in place: modelVersion — this server's updateTableImportJob has no modelVersion", failed.Message);
            Assert.Equal(0, server.RequestCounts.Get("updateTableImportJob"));
            Assert.Equal("v1", job.ModelVersion);
        }
    }

    [Fact]
    public async Task A_model_version_change_on_a_server_without_the_field_and_without_introspection_is_the_same_one_failure()
    {
        await using var closed = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = EmulatorGraphQLSchema.Proven, DisableIntrospection = true });
        var space = NewSpace();
        var v1 = Jobs.Fraud();
        v1.ModelVersion = "v1";
        await using (await RegistrationHost.RunAsync(closed, space, [v1]))
        {
        }

        var v2 = Jobs.Fraud();
        v2.ModelVersion = "v2";
        v2.Schema.ActualLabel = "label";
        await using var second = await RegistrationHost.RunAsync(closed, space, [v2, Jobs.Ranking()]);

        // The update was sent, refused whole for its modelVersion, and nothing of it (the schema neither) was applied.
        Assert.Equal("Table import registration: 1 created, 0 updated, 0 unchanged, 1 failed", SummaryText(second));
        var failed = Assert.Single(second.Report!.Jobs, j => j.Outcome == JobOutcome.Failed);
        Assert.StartsWith("Contoso.FraudScores: cannot change in place: modelVersion — this server's updateTableImportJob has no modelVersion", failed.Message);
        Assert.Equal(1, closed.RequestCounts.Get("updateTableImportJob"));
        var job = Assert.Single(await ListAsync(space, closed), j => j.ModelName == "fraud-detector");
        Assert.Equal("v1", job.ModelVersion);
        Assert.Equal(Jobs.Fraud().Schema.ActualLabel, job.Schema.ActualLabel);
        Assert.DoesNotContain(second.Logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_job_whose_model_type_changed_still_fails_saying_the_API_cannot_change_it()
    {
        var space = NewSpace();
        await using var first = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud()]);
        var numeric = Jobs.Fraud();
        numeric.ModelType = ModelType.Numeric;
        numeric.Schema.PredictionLabel = null;
        numeric.Schema.ActualLabel = null;
        numeric.Schema.PredictionScore = "score";
        numeric.Schema.ActualScore = "actual_score";

        await using var second = await RegistrationHost.RunAsync(emulator, space, [numeric]);

        var failed = Assert.Single(second.Report!.Jobs);
        Assert.Equal(JobOutcome.Failed, failed.Outcome);
        Assert.Contains("modelType (declared numeric, the space has score_categorical)", failed.Message);
        Assert.Contains("cannot change on an existing job", failed.Message);
        Assert.Equal(0, emulator.RequestCounts.Get("updateTableImportJob"));
    }

    [Fact]
    public async Task A_job_that_breaks_the_client_is_that_jobs_failure_only()
    {
        var broken = Jobs.Fraud(table: "broken");
        broken.ModelType = (ModelType)99;

        await using var host = await RegistrationHost.RunAsync(emulator, NewSpace(), [broken, Jobs.Ranking()]);

        var failed = Assert.Single(host.Report!.Jobs, j => j.Outcome == JobOutcome.Failed);
        Assert.StartsWith("Contoso.FraudScores: ", failed.Message);
        Assert.Equal(1, host.Report.Created);
    }

    [Fact]
    public async Task AddJobsFrom_adds_the_jobs_another_assembly_declares()
    {
        var space = NewSpace();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services
            .AddTableImport(o => { o.Endpoint = emulator.GraphQLEndpoint; o.SpaceId = space; o.IncludeDeclaredJobs = false; })
            .AddJobsFrom<TableImport.Sample.Jobs.CardFraudScore>();
        using var host = builder.Build();
        await host.StartAsync();

        var report = host.Services.GetRequiredService<TableImportRegistrationState>().LastReport!;
        Assert.Equal(3, report.Created);
        Assert.Contains(report.Jobs, j => j.JobType == "TableImport.Sample.Jobs.SearchRanking");
        await host.StopAsync();
    }

    [Fact]
    public void AddJobsFrom_an_assembly_without_jobs_says_what_it_needs()
    {
        var builder = new ServiceCollection().AddTableImport(_ => { });
        var error = Assert.Throws<InvalidOperationException>(() => builder.AddJobsFrom<RegistrationTests>());
        Assert.Contains("TableImport.Hosting.Tests", error.Message);
        Assert.Contains("announced no table-import jobs", error.Message);
    }

    private static string NewSpace() => "space-" + Guid.NewGuid().ToString("N");

    private static string SummaryText(RegistrationHost host)
    {
        var line = host.SummaryLine ?? throw new Xunit.Sdk.XunitException("no summary line was logged");
        return line[line.IndexOf("Table import registration:", StringComparison.Ordinal)..];
    }

    private async Task<IReadOnlyList<TableImportJobInfo>> ListAsync(string space, EmulatorServer? server = null)
    {
        using var http = new HttpClient();
        var client = new TableImportClient(http, new TableImportClientOptions { Endpoint = (server ?? emulator).GraphQLEndpoint, SpaceId = space });
        var jobs = new List<TableImportJobInfo>();
        await foreach (var job in client.ListJobsAsync())
        {
            jobs.Add(job);
        }

        return jobs;
    }

    private async Task<int> CountLiveJobsAsync(string space) => (await ListAsync(space)).Count(j => j.JobStatus != JobStatus.Deleted);
}
