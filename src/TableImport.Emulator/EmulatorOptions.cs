using Microsoft.Extensions.Logging;

namespace TableImport.Emulator;

/// <summary>How an <see cref="EmulatorServer"/> is started.</summary>
public sealed class EmulatorOptions
{
    /// <summary>When set, every request must carry this value in the <c>x-api-key</c> header, or it is answered HTTP 401.</summary>
    public string? ApiKey { get; set; }

    /// <summary>When set, jobs and query history are kept in this SQLite file and survive a restart; otherwise state is in memory.</summary>
    public string? DataFile { get; set; }

    /// <summary>
    /// When set, the emulator stands over this DuckDB file as the warehouse: a dry run or a create checks the job's
    /// table (<c>"&lt;schema&gt;"."&lt;table&gt;"</c>) and its columns, and a run counts the rows whose change timestamp falls
    /// in its window. The file is opened read-only, only for the moment of a check or a run (docs/emulator.md).
    /// </summary>
    public string? Warehouse { get; set; }

    /// <summary>Where the emulator clock starts; the current time when not set.</summary>
    public DateTimeOffset? StartTime { get; set; }

    /// <summary>
    /// When true the emulator clock also moves with wall-clock time (the command line turns this on, so ongoing jobs
    /// record queries while it runs). In-process the clock only moves through <see cref="EmulatorClock.Advance"/>,
    /// which keeps tests deterministic.
    /// </summary>
    public bool FollowWallClock { get; set; }

    /// <summary>
    /// The picture of the API to serve: <see cref="EmulatorGraphQLSchema.Known"/> (the default) or
    /// <see cref="EmulatorGraphQLSchema.Proven"/>, only what has evidence of working against the live API.
    /// </summary>
    public EmulatorGraphQLSchema GraphQLSchema { get; set; } = EmulatorGraphQLSchema.Known;

    /// <summary>The address to listen on; port 0 picks a free loopback port.</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>
    /// For tests of what a client does against a server that differs from the contract: changes the served schema's SDL
    /// (that of <see cref="GraphQLSchema"/>) before the schema is built, e.g. to serve it without one field.
    /// </summary>
    internal Func<string, string>? EditSchema { get; set; }

    /// <summary>For tests of a client against a server that, like many production GraphQL servers, refuses introspection.</summary>
    internal bool DisableIntrospection { get; set; }

    /// <summary>Configures logging of the host. In-process the emulator logs nothing unless this adds a provider.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }
}
