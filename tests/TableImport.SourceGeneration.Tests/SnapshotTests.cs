using System.Runtime.CompilerServices;
using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;

namespace TableImport.SourceGeneration.Tests;

/// <summary>
/// The generated text, file by file, against checked-in expected files under Snapshots/&lt;scenario&gt;/. Set
/// UPDATE_SNAPSHOTS=1 to rewrite them after an intended change, then read every changed file before committing it.
/// </summary>
public sealed class SnapshotTests
{
    public static TheoryData<string> Scenarios => [.. ScenarioSources.Keys];

    private static readonly Dictionary<string, (ProjectSetup Setup, string Source)> ScenarioSources = new()
    {
        ["ClassPrefixModeSnakeCase"] = (ProjectSetup.Net100NullableEnabled, JobSources.ArchitectureExample),
        ["ClassEventBasedUpperSnakeCase"] = (ProjectSetup.Net100NullableEnabled, JobSources.SnowflakeEventBased),
        ["RecordListMode"] = (ProjectSetup.Net100NullableEnabled, JobSources.RecordListMode),
        ["StructFieldsAsDeclared"] = (ProjectSetup.Net100NullableEnabled, JobSources.StructWithFields),
        ["NestedRecordStructRanking"] = (ProjectSetup.Net100NullableEnabled, JobSources.NestedTypes),
        ["InheritedMembers"] = (ProjectSetup.Net100NullableEnabled, JobSources.InheritedMembers),
        ["MultiClassScores"] = (ProjectSetup.Net100NullableEnabled, JobSources.MultiClass),
        ["ObjectDetectionAndEmbeddings"] = (ProjectSetup.Net100NullableEnabled, JobSources.ObjectDetection),
        ["GlobalNamespaceCSharp73"] = (ProjectSetup.NetStandard20CSharp73, JobSources.GlobalNamespace),
        ["EdgeShapesAndKeywords"] = (ProjectSetup.Net100NullableEnabled, JobSources.EdgeShapes),
        ["JobsWithErrors"] = (ProjectSetup.Net100NullableEnabled, JobSources.JobsWithErrors),
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Generated_source_matches_the_expected_files(string scenario)
    {
        var (setup, source) = ScenarioSources[scenario];
        var (result, _, _) = GeneratorRunner.Run(setup, source);
        var generated = GeneratorRunner.GeneratedSources(result);
        var folder = Path.Combine(SnapshotRoot(), scenario);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            foreach (var (hint, text) in generated)
            {
                File.WriteAllText(Path.Combine(folder, hint), text);
            }
        }

        var expectedFiles = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expectedFiles, generated.Keys.Order(StringComparer.Ordinal).ToArray());
        foreach (var (hint, text) in generated)
        {
            var expected = File.ReadAllText(Path.Combine(folder, hint)).ReplaceLineEndings("\n");
            Assert.Equal(expected, text.ReplaceLineEndings("\n"));
        }
    }

    private static string SnapshotRoot([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Snapshots");
}
