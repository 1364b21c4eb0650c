using System.Text.Json;
using TableImport.Cli.Tests.Infrastructure;
using TableImport.Client;
using TableImport.Emulator;

namespace TableImport.Cli.Tests;

/// <summary>
/// The tool against the two pictures of the API: on the proven one a model version change is one clear line in plan and
/// apply and the space keeps its jobs as they were, pausing and resuming work, and doctor names what degrades; on the
/// known one the same change is an update, as before.
/// </summary>
public sealed class ProvenPictureTests
{
    public static TheoryData<EmulatorGraphQLSchema> Pictures => [EmulatorGraphQLSchema.Known, EmulatorGraphQLSchema.Proven];

    [Theory]
    [MemberData(nameof(Pictures))]
    public async Task A_model_version_change_is_an_update_where_the_server_can_and_one_line_where_it_cannot(EmulatorGraphQLSchema picture)
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { GraphQLSchema = picture });
        var space = "space-" + Guid.NewGuid().ToString("N")[..8];
        string[] at = ["--endpoint", emulator.GraphQLEndpoint.ToString(), "--space", space];
        var v1 = TwoJobApp.Build("v1");
        var v2 = TwoJobApp.Build("v2");

        var created = await CommandTests.RunAsync(["apply", "--assembly", v1, .. at]);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Table import registration: 2 created, 0 updated, 0 unchanged, 0 failed", created.Output, StringComparison.Ordinal);

        var plan = await CommandTests.RunAsync(["plan", "--assembly", v2, .. at]);
        var apply = await CommandTests.RunAsync(["apply", "--assembly", v2, .. at]);
        var jobs = JsonDocument.Parse((await CommandTests.RunAsync(["jobs", "list", "--json", .. at])).Output).RootElement.EnumerateArray().ToList();
        var fraud = Assert.Single(jobs, j => j.GetProperty("modelName").GetString() == "fraud-two");
        Assert.Equal(2, jobs.Count);

        if (picture == EmulatorGraphQLSchema.Known)
        {
            Assert.True(plan.ExitCode == 2, plan.ToString());
            Assert.Contains("modelVersion: v1 → v2", plan.Output, StringComparison.Ordinal);
            Assert.True(apply.ExitCode == 0, apply.ToString());
            Assert.Contains("Table import registration: 0 created, 1 updated, 1 unchanged, 0 failed", apply.Output, StringComparison.Ordinal);
            Assert.Equal("v2", fraud.GetProperty("modelVersion").GetString());
            return;
        }

        const string Cannot = "cannot change in place: modelVersion — this server's updateTableImportJob has no modelVersion";
        Assert.Equal(1, plan.ExitCode);
        Assert.Single(plan.Output.Split('\n'), l => l.Contains(Cannot, StringComparison.Ordinal) && l.Contains("TwoJobApp.FraudScore", StringComparison.Ordinal));
        Assert.Contains("Plan: 0 to create, 0 to update, 1 unchanged, 1 cannot change, 0 invalid", plan.Output, StringComparison.Ordinal);
        Assert.Equal(1, apply.ExitCode);
        Assert.Single(apply.Output.Split('\n'), l => l.Contains(Cannot, StringComparison.Ordinal) && l.Contains("TwoJobApp.FraudScore", StringComparison.Ordinal));
        Assert.Contains("Table import registration: 0 created, 0 updated, 1 unchanged, 1 failed", apply.Output, StringComparison.Ordinal);
        Assert.All([plan, apply], r => Assert.DoesNotContain("   at ", r.Output + r.Error, StringComparison.Ordinal));
        Assert.Equal("v1", fraud.GetProperty("modelVersion").GetString());
        Assert.Equal(0, emulator.RequestCounts.Get("updateTableImportJob"));

        // The seed's own status mutations work on any server it describes.
        var jobId = fraud.GetProperty("jobId").GetString()!;
        var paused = await CommandTests.RunAsync(["jobs", "pause", jobId, "--json", .. at]);
        Assert.Equal("inactive", JsonDocument.Parse(paused.Output).RootElement.GetProperty("jobStatus").GetString());
        var resumed = await CommandTests.RunAsync(["jobs", "resume", jobId, "--json", .. at]);
        Assert.Equal("active", JsonDocument.Parse(resumed.Output).RootElement.GetProperty("jobStatus").GetString());

        var doctor = await CommandTests.RunAsync(["doctor", .. at]);
        Assert.True(doctor.ExitCode == 0, doctor.ToString());
        Assert.Contains("! this server has no modelVersion on updateTableImportJob's input (an extra of UpdateJob): a model version change cannot be made in place", doctor.Output, StringComparison.Ordinal);
    }
}
