using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;

namespace TableImport.Hosting;

/// <summary>Returned by <c>AddTableImport</c>, to add jobs that other assemblies declare.</summary>
public sealed class TableImportBuilder
{
    private readonly TableImportJobCatalog catalog;

    internal TableImportBuilder(IServiceCollection services, TableImportJobCatalog catalog)
    {
        Services = services;
        this.catalog = catalog;
    }

    /// <summary>The service collection, for further registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds jobs, for example another assembly's <c>TableImport.Generated.TableImportJobs.All</c>.</summary>
    public TableImportBuilder AddJobs(IEnumerable<TableImportJobDefinition> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        catalog.Add(jobs);
        return this;
    }

    /// <summary>Adds jobs, for example <c>FraudScores.TableImportJob</c>.</summary>
    public TableImportBuilder AddJobs(params TableImportJobDefinition[] jobs) => AddJobs((IEnumerable<TableImportJobDefinition>)jobs);

    /// <summary>
    /// Adds every job declared in the assembly that declares <typeparamref name="TMarker"/> (any type of it), without
    /// naming that assembly's <c>TableImport.Generated.TableImportJobs</c> — a name that an application declaring jobs of
    /// its own would resolve to its own class.
    /// </summary>
    public TableImportBuilder AddJobsFrom<TMarker>() => AddJobsFrom(typeof(TMarker));

    /// <summary>Adds every job declared in the assembly of <paramref name="marker"/>; see <see cref="AddJobsFrom{TMarker}"/>.</summary>
    public TableImportBuilder AddJobsFrom(Type marker)
    {
        ArgumentNullException.ThrowIfNull(marker);
        // The generated module initializer announces the assembly's jobs; make sure it has run.
        RuntimeHelpers.RunModuleConstructor(marker.Module.ModuleHandle);
        var name = marker.Assembly.GetName().Name ?? "";
        var jobs = TableImportJobRegistry.ForAssembly(name);
        if (jobs.Count == 0)
        {
            throw new InvalidOperationException(
                $"Assembly '{name}' announced no table-import jobs. It needs the TableImport package (its generator), at least one [TableImportJob] type that other code of the assembly can name, and C# 9 or later; otherwise add its jobs with AddJobs(...).");
        }

        return AddJobs(jobs);
    }
}
