using System.Reflection;
using TableImport.Hosting.Registration;

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

    /// <summary>Every declared job, once per identity (the first declaration wins), own jobs first.</summary>
    public IReadOnlyList<TableImportJobDefinition> Jobs(bool includeDeclared)
    {
        IEnumerable<TableImportJobDefinition> all;
        lock (added)
        {
            all = (includeDeclared ? OwnJobs() : []).Concat(added.ToArray());
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return all.Where(job => seen.Add(JobIdentity.FullKey(job))).ToArray();
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
