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
            all = (includeDeclared ? TableImportJobRegistry.Registered : []).Concat(added.ToArray());
        }

        var seen = new HashSet<JobIdentity>();
        return all.Where(job => seen.Add(JobIdentity.Of(job))).ToArray();
    }
}
