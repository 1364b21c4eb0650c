using System.Text.Json;
using System.Text.Json.Nodes;

namespace TableImport.Emulator.Tests.Warehouse;

/// <summary>An emulator over a fresh DuckDB warehouse file, both real, the emulator reached over loopback HTTP.</summary>
public abstract class WarehouseTestBase : EmulatorTestBase, IDisposable
{
    internal const string Trigger = """
        mutation($id: ID!, $start: DateTime!, $end: DateTime!) {
          createTriggeredOngoingTableRun(input: { jobId: $id, queryStart: $start, queryEnd: $end }) {
            query { queryId recordsProcessedCount windowStartTimestamp windowEndTimestamp }
          }
        }
        """;

    internal WarehouseFile Warehouse { get; } = new();

    protected override EmulatorOptions Options => new() { StartTime = Start, Warehouse = Warehouse.FilePath };

    public void Dispose() => Warehouse.Dispose();

    /// <summary>A dry run of <paramref name="input"/>: its validationResult's status, code and message.</summary>
    internal async Task<(string Status, string? Code, string? Message)> DryRunAsync(JsonObject input)
    {
        input["dryRun"] = true;
        var data = (await Client.SendAsync(Jobs.Create, Jobs.Variables(input))).AssertData();
        var result = data.GetProperty("createTableImportJob").GetProperty("validationResult");
        var error = result.GetProperty("error");
        return (
            result.GetProperty("validationStatus").GetString()!,
            error.ValueKind == JsonValueKind.Null ? null : error.GetProperty("code").GetString(),
            error.ValueKind == JsonValueKind.Null ? null : error.GetProperty("message").GetString());
    }

    internal Task<GraphQLResponse> TriggerAsync(string jobId, string start, string end) =>
        Client.SendAsync(Trigger, new JsonObject { ["id"] = jobId, ["start"] = start, ["end"] = end }.ToJsonString());

    /// <summary>A successful triggered run's query.</summary>
    internal async Task<JsonElement> TriggerRunAsync(string jobId, string start, string end) =>
        (await TriggerAsync(jobId, start, end)).AssertData().GetProperty("createTriggeredOngoingTableRun").GetProperty("query");
}
