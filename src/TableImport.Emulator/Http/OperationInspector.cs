using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace TableImport.Emulator.Http;

/// <summary>
/// Names the operations of a request for <see cref="EmulatorRequestCounts"/> before it is executed (so faulted and
/// rejected requests count too): the root field names of the selected operation, a create with dryRun true suffixed
/// ":dryRun". Best effort: a request that does not parse names nothing.
/// </summary>
internal static class OperationInspector
{
    private static readonly HashSet<string> Creates = new(StringComparer.Ordinal) { "createTableImportJob", "createTriggeredOngoingTableImportJob" };

    public static IReadOnlyList<string> RootOperations(string query, string? operationName, JsonElement? variables)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return [];
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        if (operation is null)
        {
            return [];
        }

        var names = new List<string>();
        foreach (var field in operation.SelectionSet.Selections.OfType<GraphQLField>())
        {
            var name = field.Name.StringValue;
            names.Add(Creates.Contains(name) && IsDryRun(field, variables) ? name + ":dryRun" : name);
        }

        return names;
    }

    private static bool IsDryRun(GraphQLField field, JsonElement? variables)
    {
        var input = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == "input")?.Value;
        switch (input)
        {
            case GraphQLObjectValue inline:
                var dryRun = inline.Fields?.FirstOrDefault(f => f.Name.StringValue == "dryRun")?.Value;
                return dryRun switch
                {
                    GraphQLTrueBooleanValue => true,
                    GraphQLVariable variable => Variable(variables, variable.Name.StringValue) is { ValueKind: JsonValueKind.True },
                    _ => false,
                };
            case GraphQLVariable variable:
                return Variable(variables, variable.Name.StringValue) is { ValueKind: JsonValueKind.Object } value
                    && value.TryGetProperty("dryRun", out var flag) && flag.ValueKind == JsonValueKind.True;
            default:
                return false;
        }
    }

    private static JsonElement? Variable(JsonElement? variables, string name) =>
        variables is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(name, out var value) ? value : null;
}
