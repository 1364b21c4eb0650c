namespace TableImport.Client;

/// <summary>The state of a table import job (GraphQL enum <c>JobStatus</c>).</summary>
public enum JobStatus
{
    /// <summary><c>active</c>: the job queries the table on its schedule.</summary>
    Active,

    /// <summary><c>inactive</c>: the job is paused.</summary>
    Inactive,

    /// <summary><c>deleted</c>: the job was deleted; it is still listed.</summary>
    Deleted,
}
