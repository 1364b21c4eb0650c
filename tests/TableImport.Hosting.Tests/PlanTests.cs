using Microsoft.Extensions.DependencyInjection;
using TableImport.Emulator;
using TableImport.Hosting.Registration;

namespace TableImport.Hosting.Tests;

/// <summary>
/// Planning is the decision registration makes, taken alone: it writes nothing, and applying it does exactly what it
/// said (what <c>tableimport plan</c> shows is what <c>tableimport apply</c> and the start-up registration do).
/// </summary>
public sealed class PlanTests : IAsyncLifetime
{
    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task A_plan_lists_the_space_once_and_writes_nothing()
    {
        await using var host = RegistrationHost.Build(emulator, NewSpace(), []);
        var registrar = host.Host.Services.GetRequiredService<TableImportRegistrar>();

        var plan = await registrar.PlanAsync([Jobs.Fraud(), Jobs.Ranking()]);

        Assert.Equal([JobPlanAction.Create, JobPlanAction.Create], plan.Jobs.Select(j => j.Action));
        Assert.True(plan.HasChanges);
        Assert.Equal("Plan: 2 to create, 0 to update, 0 unchanged, 0 cannot change, 0 invalid", plan.Summary);
        Assert.Equal(1, emulator.RequestCounts.Total);
        Assert.Equal(1, emulator.RequestCounts.Get("node"));
    }

    [Fact]
    public async Task Applying_a_plan_does_what_it_showed_even_when_the_space_changed_since()
    {
        var space = NewSpace();
        await using (await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(refreshMinutes: 30)]))
        {
        }

        await using var host = RegistrationHost.Build(emulator, space, []);
        var registrar = host.Host.Services.GetRequiredService<TableImportRegistrar>();
        var plan = await registrar.PlanAsync([Jobs.Fraud(refreshMinutes: 45)]);
        Assert.Equal(JobPlanAction.Update, Assert.Single(plan.Jobs).Action);

        // Someone brings the job in line between plan and apply: apply neither lists nor compares again, it updates.
        emulator.RequestCounts.Reset();
        await using (await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(refreshMinutes: 45)]))
        {
        }

        emulator.RequestCounts.Reset();
        var report = await registrar.ApplyAsync(plan);

        var result = Assert.Single(report.Jobs);
        Assert.Equal(JobOutcome.Updated, result.Outcome);
        Assert.Equal("updated tableIngestionParameters.refreshIntervalMinutes", result.Message);
        Assert.Equal(0, emulator.RequestCounts.Get("node"));
        Assert.Equal(1, emulator.RequestCounts.Get("updateTableIngestionParameters"));
    }

    [Fact]
    public async Task A_changed_job_is_planned_as_an_update_naming_each_field_old_and_new()
    {
        var space = NewSpace();
        await using (await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(refreshMinutes: 30)]))
        {
        }

        var changed = Jobs.Fraud(refreshMinutes: 45);
        changed.Schema.ActualLabel = "confirmed";
        changed.ModelVersion = "v7";
        await using var host = RegistrationHost.Build(emulator, space, []);
        var registrar = host.Host.Services.GetRequiredService<TableImportRegistrar>();

        var plan = Assert.Single((await registrar.PlanAsync([changed])).Jobs);

        Assert.Equal(JobPlanAction.Update, plan.Action);
        Assert.NotNull(plan.JobId);
        var original = Jobs.Fraud();
        Assert.Equal(
            [
                new JobFieldChange("modelVersion", plan.Existing!.ModelVersion, "v7"),
                new JobFieldChange("schema.actualLabel", original.Schema.ActualLabel, "confirmed"),
                new JobFieldChange("tableIngestionParameters.refreshIntervalMinutes", "30", "45"),
            ],
            plan.Changes);
        Assert.Equal("schema.actualLabel: " + original.Schema.ActualLabel + " → confirmed", plan.Changes[1].ToString());
    }

    [Fact]
    public async Task Applying_a_plan_does_what_it_said_and_a_new_plan_is_all_unchanged()
    {
        var space = NewSpace();
        await using var host = RegistrationHost.Build(emulator, space, []);
        var registrar = host.Host.Services.GetRequiredService<TableImportRegistrar>();
        TableImportJobDefinition[] jobs = [Jobs.Fraud(), Jobs.Ranking(), Jobs.MissingBatchId()];
        var plan = await registrar.PlanAsync(jobs);
        Assert.Equal([JobPlanAction.Create, JobPlanAction.Create, JobPlanAction.Invalid], plan.Jobs.Select(j => j.Action));
        Assert.Contains("TI0016", plan.Jobs[2].Message, StringComparison.Ordinal);
        Assert.True(plan.HasFailures);

        var reported = new List<JobRegistrationResult>();
        var report = await registrar.ApplyAsync(plan, new SynchronousProgress(reported.Add));

        Assert.Equal([JobOutcome.Created, JobOutcome.Created, JobOutcome.Failed], report.Jobs.Select(j => j.Outcome));
        Assert.Equal(plan.Jobs[2].Message, report.Jobs[2].Message![(report.Jobs[2].JobType.Length + 2)..]);
        Assert.Equal(report.Jobs.OrderBy(j => j.JobType), reported.OrderBy(j => j.JobType));
        // Two dry runs and two creates; nothing at all for the invalid job.
        Assert.Equal(2, emulator.RequestCounts.Get("createTableImportJob:dryRun"));
        Assert.Equal(2, emulator.RequestCounts.Get("createTableImportJob"));

        var again = await registrar.PlanAsync(jobs[..2]);
        Assert.All(again.Jobs, j => Assert.Equal(JobPlanAction.Unchanged, j.Action));
        Assert.False(again.HasChanges);
    }

    [Fact]
    public async Task A_job_whose_model_type_changed_cannot_change_and_names_both_values()
    {
        var space = NewSpace();
        await using (await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud()]))
        {
        }

        var changed = Jobs.Fraud();
        changed.ModelType = ModelType.Numeric;
        await using var host = RegistrationHost.Build(emulator, space, []);
        var plan = Assert.Single((await host.Host.Services.GetRequiredService<TableImportRegistrar>().PlanAsync([changed])).Jobs);

        Assert.Equal(JobPlanAction.CannotChange, plan.Action);
        Assert.Equal([new JobFieldChange("modelType", "score_categorical", "numeric")], plan.Changes);
        Assert.Contains("modelType (declared numeric, the space has score_categorical)", plan.Message, StringComparison.Ordinal);
    }

    private static string NewSpace() => "plan-" + Guid.NewGuid().ToString("N");

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, after the call may have returned).</summary>
    private sealed class SynchronousProgress(Action<JobRegistrationResult> report) : IProgress<JobRegistrationResult>
    {
        public void Report(JobRegistrationResult value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
