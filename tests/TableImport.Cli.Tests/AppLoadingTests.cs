using TableImport.Cli.Loading;
using TableImport.Cli.Tests.Infrastructure;

namespace TableImport.Cli.Tests;

/// <summary>Reading an application's jobs: the sample's, and a clear line for each way it can fail.</summary>
public sealed class AppLoadingTests
{
    [Fact]
    public void The_samples_jobs_are_read_as_the_tools_own_definition_type()
    {
        var jobs = AppJobs.Load(Repository.SampleAssembly);

        Assert.Equal(
            TableImport.Generated.TableImportJobs.All.Select(j => j.JobTypeName).Order(),
            jobs.Select(j => j.JobTypeName).Order());
        Assert.All(jobs, j => Assert.Same(typeof(TableImportJobDefinition), j.GetType()));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<CliException>(() => AppJobs.Load("no/such/App.dll"));
        Assert.StartsWith("No such file: 'no/such/App.dll'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_an_assembly_is_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a PE file");
            var error = Assert.Throws<CliException>(() => AppJobs.Load(path));
            Assert.Contains("is not a .NET assembly", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_assembly_without_TableImport_is_told_so()
    {
        var error = Assert.Throws<CliException>(() => AppJobs.Load(typeof(FactAttribute).Assembly.Location));
        Assert.Contains("does not reference TableImport", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_with_TableImport_but_no_jobs_is_told_so()
    {
        var error = Assert.Throws<CliException>(() => AppJobs.Load(typeof(TableImport.Client.TableImportClient).Assembly.Location));
        Assert.Contains("declares no table-import jobs", error.Message, StringComparison.Ordinal);
    }
}
