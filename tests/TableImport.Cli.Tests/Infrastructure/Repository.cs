namespace TableImport.Cli.Tests.Infrastructure;

/// <summary>Where things are in this repository, found from the test's own folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration this test was built in (Debug or Release): the sample was built in it too.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    /// <summary>The sample application's built assembly, which the test project's reference builds first.</summary>
    public static string SampleAssembly
    {
        get
        {
            var path = Path.Combine(Root, "samples", "TableImport.Sample", "bin", Configuration, "net10.0", "TableImport.Sample.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The sample was not built where expected.", path);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Generators.sln) was not found above " + AppContext.BaseDirectory);
    }
}
