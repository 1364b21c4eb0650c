namespace TableImport.Cli.Doctor;

/// <summary>
/// What the client can use but does without: the input fields and arguments no working request has proven a server
/// has (docs/api/compatibility.md, "proven / known"), which the client sends only when a job or a change uses them. A
/// server that lacks one degrades one thing, named here; a server that lacks anything else fails the operations that
/// send it.
/// </summary>
internal static class Extras
{
    private const string EventBasedCreate = "createTriggeredOngoingTableImportJob";

    private static readonly Extra[] All =
    [
        new(
            "modelVersion on updateTableImportJob's input",
            InputField("updateTableImportJob", "modelVersion"),
            "a model version change cannot be made in place: UpdateJob with a ModelVersion fails naming modelVersion (TableImportUnsupportedFieldException), "
            + "and plan, apply and start-up registration report such a job as 'cannot change in place: modelVersion' and leave it as it is; every other update works"),
        new(
            "search on a space's tableJobs",
            problem => problem == "argument Space.tableJobs(search:)",
            "FindJob pages through the space's jobs instead of searching: the same answer, in more requests (tableimport jobs get, pause, resume, delete and trigger look the job up with it; start-up registration lists the space and never searches)"),
        new(
            "modelVersion, batchId or tableIngestionParameters on the event-based create's input",
            problem => new[] { "modelVersion", "batchId", "tableIngestionParameters" }.Any(field => InputField(EventBasedCreate, field)(problem)),
            "an event-based job that sets a fixed model version, a fixed batch id or ingestion parameters cannot be created (the create fails naming the field); "
            + "event-based jobs without them are created as the seed's document creates them"),
        new(
            "bigQueryTableConfig or databricksTableConfig on the event-based create's input",
            problem => InputField(EventBasedCreate, "bigQueryTableConfig")(problem) || InputField(EventBasedCreate, "databricksTableConfig")(problem),
            "nothing in practice: event-based jobs read Snowflake only, so the client refuses any other before sending (TI0012)"),
    ];

    /// <summary>The extra a schema problem is, or null when the problem is a thing the client requires.</summary>
    public static Extra? Of(string problem) => All.FirstOrDefault(e => e.Matches(problem));

    // How DocumentCheck names an input field the server lacks: by the server's own names for the input type and the
    // mutation root type, which the client's documents never name, so only the field and the mutation are matched.
    private static Func<string, bool> InputField(string mutation, string field) =>
        problem => problem.StartsWith("input field ", StringComparison.Ordinal)
                   && problem.Contains($".{field} (in ", StringComparison.Ordinal)
                   && problem.EndsWith($".{mutation}(input:))", StringComparison.Ordinal);
}

/// <summary>One extra: its name, how the doctor's schema check reports its absence, and what degrades without it.</summary>
internal sealed record Extra(string Name, Func<string, bool> Matches, string WithoutIt);
