using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;

namespace TableImport.SourceGeneration.Tests;

/// <summary>Generated code compiles with no warning at all, as a project with TreatWarningsAsErrors needs.</summary>
public sealed class CompilesCleanlyTests
{
    [Fact]
    public void Net100_with_nullable_enabled()
        => AssertClean(ProjectSetup.Net100NullableEnabled, [.. JobSources.AllValid], expectModuleInitializer: true);

    [Fact]
    public void Net100_with_nullable_disabled()
        => AssertClean(ProjectSetup.Net100NullableDisabled, [.. JobSources.AllValid], expectModuleInitializer: true);

    [Fact]
    public void NetStandard20_library_at_CSharp_7_3()
        => AssertClean(ProjectSetup.NetStandard20CSharp73, [.. JobSources.CSharp73], expectModuleInitializer: false);

    [Fact]
    public void Net100_at_CSharp_8_has_nullable_but_no_module_initializer()
    {
        var setup = ProjectSetup.Net100NullableEnabled with { LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8 };
        AssertClean(setup, [.. JobSources.CSharp73], expectModuleInitializer: false);
    }

    private static void AssertClean(ProjectSetup setup, string[] sources, bool expectModuleInitializer)
    {
        var before = GeneratorRunner.CreateCompilation(setup, sources);
        Assert.Empty(GeneratorRunner.Problems(before));

        var (result, output, _) = GeneratorRunner.Run(setup, sources);

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorRunner.Problems(output));

        var all = GeneratorRunner.GeneratedSources(result)[Emitting.Emitter.AllJobsHintName];
        Assert.Equal(expectModuleInitializer, all.Contains("ModuleInitializer"));
        var nullable = Microsoft.CodeAnalysis.CSharp.LanguageVersionFacts.MapSpecifiedToEffectiveVersion(setup.LanguageVersion) >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8;
        Assert.Equal(nullable, all.Contains("#nullable enable"));
    }
}
