using TableImport.Emulator.Tests.Warehouse;

namespace TableImport.Emulator.Tests.Pages;

/// <summary>The page of an emulator over a warehouse: which file, and why a job's last run failed.</summary>
public sealed class WarehousePageTests : WarehouseTestBase
{
    [Fact]
    public async Task The_page_names_the_warehouse_and_a_failed_runs_reason_until_a_run_succeeds()
    {
        Warehouse.Execute(WarehouseFile.SeedTable);
        await Jobs.CreateAsync(Client);
        Warehouse.Execute("DROP TABLE \"test-dataset\".\"test-table\"");
        Server.Clock.Advance(TimeSpan.FromHours(1));
        using var http = new HttpClient();

        var failed = await http.GetStringAsync(Server.BaseAddress);
        Warehouse.Execute(WarehouseFile.SeedTable.Replace("CREATE SCHEMA \"test-dataset\";", "", StringComparison.Ordinal));
        Server.Clock.Advance(TimeSpan.FromHours(1));
        var recovered = await http.GetStringAsync(Server.BaseAddress);

        Assert.Contains($"Warehouse <code>{Warehouse.FilePath}</code>: a query's rows are the rows of the job's table", failed, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"problem\">The last run failed: bigQueryTableConfig: table &quot;test-dataset&quot;.&quot;test-table&quot; is not in the warehouse; schema &quot;test-dataset&quot; has no tables</p>",
            failed,
            StringComparison.Ordinal);
        Assert.DoesNotContain("The last run failed", recovered, StringComparison.Ordinal);
    }
}
