using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TableImport.Emulator;

namespace TableImport.Client.Tests;

/// <summary>The IHttpClientFactory path: the same resilience pipeline as a client made with new, and no retry handler on the HttpClient.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task Safe_calls_are_retried_and_Retry_After_is_honoured()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var provider = Services(server).BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();

        server.Faults.FailNext(2, 500);
        Assert.True((await client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
        Assert.Equal(3, server.RequestCounts.Get("createTableImportJob:dryRun"));

        server.Faults.RateLimitNext(1, TimeSpan.FromSeconds(1));
        var watch = Stopwatch.StartNew();
        Assert.True((await client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
        // Polly's delay timer has millisecond granularity, so allow it to fire a few milliseconds early.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(990), $"retried after {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(5, server.RequestCounts.Get("createTableImportJob:dryRun"));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_MaxRetryAfter_is_not_waited_for()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var provider = Services(server, configure: o => o.MaxRetryAfter = TimeSpan.FromSeconds(1)).BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();
        server.Faults.RateLimitNext(1, TimeSpan.FromSeconds(5));

        var watch = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<TableImportRateLimitedException>(() => client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"waited {watch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(TimeSpan.FromSeconds(5), ex.RetryAfter);
        Assert.Equal(1, server.RequestCounts.Get("createTableImportJob:dryRun"));
    }

    [Fact]
    public async Task A_real_create_answered_500_is_not_repeated()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var provider = Services(server).BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();
        server.Faults.FailNext(1, 500);

        var ex = await Assert.ThrowsAsync<TableImportOutcomeUnknownException>(() => client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal(1, server.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task A_real_create_answered_429_is_retried()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var provider = Services(server).BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();
        server.Faults.For("createTableImportJob").RateLimitNext(2, TimeSpan.FromSeconds(1));

        await client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);

        Assert.Equal(3, server.RequestCounts.Get("createTableImportJob"));
    }

    [Fact]
    public async Task Every_attempt_retries_included_takes_a_rate_limiter_permit()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        await using var provider = Services(server, configure: o => o.MaxMutationsPerMinute = 3).BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();
        var job = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), Test.Timeout);
        server.Faults.FailNext(1, 503);

        // One permit for the create, two for the pause and its retry: the minute's three are gone.
        await client.PauseJobAsync(job.JobId, Test.Timeout);
        using var shortly = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.StartJobAsync(job.JobId, shortly.Token));

        Assert.Equal(2, server.RequestCounts.Get("pauseTableImportJob"));
        Assert.Equal(0, server.RequestCounts.Get("startTableImportJob"));
    }

    [Fact]
    public async Task Retries_do_not_stack()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions());
        var services = Services(server, maxRetries: 2);
        // Registered twice, as an app that also adds the hosting package does.
        services.AddTableImportClient(_ => { });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();
        server.Faults.FailNext(20, 503);

        await Assert.ThrowsAsync<TableImportException>(() => client.PauseJobAsync("any", Test.Timeout));

        // One try and two retries; a second retry layer would have made nine.
        Assert.Equal(3, server.RequestCounts.Get("pauseTableImportJob"));
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions { ApiKey = "k" });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TableImport:Endpoint"] = server.GraphQLEndpoint.ToString(),
            ["TableImport:ApiKey"] = "k",
            ["TableImport:SpaceId"] = "from-config",
            ["TableImport:PageSize"] = "7",
            ["TableImport:RetryBaseDelay"] = "00:00:00.010",
        }).Build();
        var services = new ServiceCollection();
        services.AddTableImportClient(configuration.GetSection("TableImport"));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<TableImportClient>();

        Assert.Equal("from-config", client.Options.SpaceId);
        Assert.Equal(7, client.Options.PageSize);
        Assert.Equal(TimeSpan.FromMilliseconds(10), client.Options.RetryBaseDelay);
        Assert.True((await client.DryRunAsync(SeedJobs.ScoredTransaction(), Test.Timeout)).Passed);
    }

    internal static ServiceCollection Services(EmulatorServer server, int maxRetries = 3, string? apiKey = null, Action<TableImportClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddTableImportClient(o =>
        {
            o.Endpoint = server.GraphQLEndpoint;
            o.SpaceId = "space_id";
            o.ApiKey = apiKey;
            o.MaxRetries = maxRetries;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            configure?.Invoke(o);
        });
        return services;
    }
}
