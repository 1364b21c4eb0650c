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
}
