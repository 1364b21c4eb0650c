namespace TableImport.Cli.Doctor;

/// <summary>
/// What the client can use but does without: the input fields and arguments that only a third-party client's documents
/// show (docs/api/compatibility.md, "proven / known"). A server that lacks one degrades one thing, named here; a server
/// that lacks anything else fails the operations that send it.
/// </summary>
internal static class Extras
{
    private static readonly Extra[] All =
    [
        new(
            "modelVersion on updateTableImportJob's input",
            problem => problem.StartsWith("input field ", StringComparison.Ordinal) && problem.Contains(".modelVersion (in Mutation.updateTableImportJob(input:))", StringComparison.Ordinal),
            "a model version change cannot be made in place: UpdateJob with a ModelVersion fails naming modelVersion (TableImportUnsupportedFieldException), "
            + "and plan, apply and start-up registration report such a job as 'cannot change in place: modelVersion' and leave it as it is; every other update works"),
        new(
            "search on a space's tableJobs",
            problem => problem == "argument Space.tableJobs(search:)",
            "FindJob pages through the space's jobs instead of searching: the same answer, in more requests (jobs get, and start-up's look for a job whose create was lost)"),
    ];

    /// <summary>The extra a schema problem is, or null when the problem is a thing the client requires.</summary>
    public static Extra? Of(string problem) => All.FirstOrDefault(e => e.Matches(problem));
}

/// <summary>One extra: its name, how the doctor's schema check reports its absence, and what degrades without it.</summary>
internal sealed record Extra(string Name, Func<string, bool> Matches, string WithoutIt);
