using TableImport.Emulator;

namespace TableImport.Hosting.Tests;

/// <summary>
/// How often one start lists the space: once to plan; once more only when it created something, and that one listing
/// serves both the check of creates whose answer was lost and the resolution of replicas' duplicates.
/// </summary>
public sealed class ListingTests : IAsyncLifetime
{
    // Every listing of the space is a node(id:) query; registration asks for nothing else by node.
    private const string Listing = "node";

    private EmulatorServer emulator = null!;

    public async Task InitializeAsync() => emulator = await EmulatorServer.StartAsync();

    public async Task DisposeAsync() => await emulator.DisposeAsync();

    [Fact]
    public async Task A_start_that_creates_nothing_lists_the_space_once()
    {
        var space = NewSpace();
        await using (await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(), Jobs.Ranking()]))
        {
        }

        emulator.RequestCounts.Reset();
        await using var again = await RegistrationHost.RunAsync(emulator, space, [Jobs.Fraud(), Jobs.Ranking()]);

        Assert.Contains("0 created, 0 updated, 2 unchanged, 0 failed", again.SummaryLine);
        Assert.Equal(1, emulator.RequestCounts.Get(Listing));
    }

    [Fact]
    public async Task A_start_that_creates_lists_once_to_plan_and_once_after_its_creates()
    {
        await using var host = await RegistrationHost.RunAsync(emulator, NewSpace(), [Jobs.Fraud(), Jobs.Ranking(), Jobs.Fraud(table: "refunds")]);

        Assert.Contains("3 created, 0 updated, 0 unchanged, 0 failed", host.SummaryLine);
        Assert.Equal(2, emulator.RequestCounts.Get(Listing));
    }

    [Fact]
    public async Task Lost_create_answers_are_looked_up_in_the_same_listing_that_resolves_duplicates()
    {
        emulator.Faults.For("createTableImportJob").LoseResponseNext(2);

        await using var host = await RegistrationHost.RunAsync(emulator, NewSpace(), [Jobs.Fraud(), Jobs.Ranking(), Jobs.Fraud(table: "refunds")]);

        Assert.Contains("3 created, 0 updated, 0 unchanged, 0 failed", host.SummaryLine);
        Assert.Equal(2, host.Report!.Jobs.Count(j => j.Message == "the answer to its create was lost; the job was found in the space"));
        Assert.Equal(3, emulator.RequestCounts.Get("createTableImportJob"));
        Assert.Equal(2, emulator.RequestCounts.Get(Listing));
    }

    private static string NewSpace() => "space-" + Guid.NewGuid().ToString("N");
}
