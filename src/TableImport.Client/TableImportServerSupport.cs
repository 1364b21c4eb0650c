namespace TableImport.Client;

/// <summary>
/// Which of the client's extras a server has: the fields and arguments that only a third-party client's documents show
/// (docs/api/compatibility.md), read from the server's own schema by introspection
/// (<see cref="TableImportClient.GetServerSupportAsync"/>). Without one, the client degrades as each property says.
/// </summary>
/// <param name="UpdateTakesModelVersion">
/// <c>updateTableImportJob</c>'s input has <c>modelVersion</c>. Without it a model version cannot change in place: the update
/// throws <see cref="TableImportUnsupportedFieldException"/>, and registration reports such a job as unable to change.
/// </param>
/// <param name="TableJobsTakesSearch">
/// A space's <c>tableJobs</c> takes <c>search</c>. Without it <see cref="TableImportClient.FindJobAsync"/> pages through the
/// space's jobs instead: the same answer, in more requests.
/// </param>
public sealed record TableImportServerSupport(bool UpdateTakesModelVersion, bool TableJobsTakesSearch);
