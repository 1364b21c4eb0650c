using System.Reflection;

namespace TableImport.Hosting;

/// <summary>
/// The jobs an application declares: its own (announced by generated code to <see cref="TableImportJobRegistry"/>
/// when its assembly loads) and those added with <see cref="TableImportBuilder.AddJobs(IEnumerable{TableImportJobDefinition})"/>.
/// </summary>
internal sealed class TableImportJobCatalog
{
    private readonly List<TableImportJobDefinition> added = [];

    public void Add(IEnumerable<TableImportJobDefinition> jobs)
    {
        lock (added)
        {
            added.AddRange(jobs);
        }
    }

    /// <summary>
    /// Every declared job, own jobs first, each declaration once: a job type announced by its assembly and also added
    /// with <c>AddJobs</c> is one declaration. Two declarations of one <see cref="TableImportJobIdentity"/> both stay,
    /// for the registrar to fail (TI0019), never for one to hide the other.
    /// </summary>
    public IReadOnlyList<TableImportJobDefinition> Jobs(bool includeDeclared)
    {
        IEnumerable<TableImportJobDefinition> all;
        lock (added)
        {
            all = (includeDeclared ? OwnJobs() : []).Concat(added.ToArray());
        }

        var seenTypes = new HashSet<(string Type, TableImportJobIdentity Identity)>();
        var seenObjects = new HashSet<TableImportJobDefinition>(ReferenceEqualityComparer.Instance);
        return all.Where(job => seenObjects.Add(job) && (job.JobTypeName is not { } type || seenTypes.Add((type, TableImportJobIdentity.Of(job))))).ToArray();
    }

    // The application's own jobs are those of its entry assembly, whose module initializer has run before Main.
    // Which libraries happen to be loaded by now depends on what the app touched first, so their jobs count only
    // when added explicitly. Without an entry assembly of jobs (a test host), every announced job counts.
    private static IReadOnlyList<TableImportJobDefinition> OwnJobs()
    {
        var entry = Assembly.GetEntryAssembly()?.GetName().Name;
        var own = entry is null ? [] : TableImportJobRegistry.ForAssembly(entry);
        return own.Count > 0 ? own : TableImportJobRegistry.Registered;
    }
}
