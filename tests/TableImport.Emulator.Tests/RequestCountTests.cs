namespace TableImport.Emulator.Tests;

public sealed class RequestCountTests : EmulatorTestBase
{
    [Fact]
    public async Task Requests_count_by_root_field_with_dry_runs_apart()
    {
        await Client.SendAsync(SeedDocuments.DryRunWithVariables, SeedDocuments.DryRunVariables);
        await Client.SendAsync(SeedDocuments.DryRunInline);
        await Client.SendAsync(SeedDocuments.CreateInline);
        await Client.SendAsync(SeedDocuments.CreateEventBasedJob);
        await Client.SendAsync(SeedDocuments.ListSpaceJobs);
        await Client.SendAsync(SeedDocuments.PauseJob);
        await Client.SendRawAsync("not json");

        Assert.Equal(2, Server.RequestCounts.Get("createTableImportJob:dryRun"));
        Assert.Equal(1, Server.RequestCounts.Get("createTableImportJob"));
        Assert.Equal(1, Server.RequestCounts.Get("createTriggeredOngoingTableImportJob"));
        Assert.Equal(1, Server.RequestCounts.Get("node"));
        Assert.Equal(1, Server.RequestCounts.Get("pauseTableImportJob"));
        Assert.Equal(0, Server.RequestCounts.Get("deleteTableImportJob"));
        Assert.Equal(7, Server.RequestCounts.Total);
        Assert.Equal(5, Server.RequestCounts.Snapshot().Count);

        Server.RequestCounts.Reset();
        Assert.Equal(0, Server.RequestCounts.Total);
        Assert.Empty(Server.RequestCounts.Snapshot());
    }
}
