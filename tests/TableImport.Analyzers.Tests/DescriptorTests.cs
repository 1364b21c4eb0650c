using System.Text.RegularExpressions;
using System.Xml.Linq;
using TableImport.SourceGeneration.Diagnostics;
using Xunit;

namespace TableImport.Analyzers.Tests;

/// <summary>
/// A user who reads a diagnostic in the IDE gets the whole rule without clicking anything, and a click lands on the
/// rule's page under the repository's one URL (Directory.Build.props), never on an address nobody derived from it.
/// </summary>
public sealed class DescriptorTests
{
    private static readonly IReadOnlyDictionary<string, Microsoft.CodeAnalysis.DiagnosticDescriptor> Descriptors =
        new TableImportAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);

    public static TheoryData<string> Ids() => new(Descriptors.Keys);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_descriptor_explains_its_rule_on_its_own(string id)
    {
        var descriptor = Descriptors[id];
        var description = descriptor.Description.ToString();

        // What, why Arize needs it, how to fix: more than a title, and not the title again.
        Assert.True(description.Length >= 120, $"{id}'s description is {description.Length} characters: '{description}'");
        Assert.NotEqual(descriptor.Title.ToString(), description);
        Assert.DoesNotContain("{0}", description);
        Assert.Matches(new Regex(@"\. [A-Z][^.]*\.$"), description); // ends with the sentence that says what to do
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_help_link_is_the_rules_page_under_the_one_repository_url(string id)
    {
        var root = RepositoryRoot();
        var url = RepositoryUrl(root);

        Assert.Equal($"{url}/blob/main/docs/diagnostics/{id}.md", Descriptors[id].HelpLinkUri);
        Assert.True(File.Exists(Path.Combine(root, "docs", "diagnostics", id + ".md")), $"docs/diagnostics/{id}.md is missing");
    }

    [Fact]
    public void The_analyzer_describes_every_rule_of_the_rulebook()
    {
        // The rulebook's TI0001-TI0022, then the rules added since, each listed in the docs' index of diagnostics.
        var index = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics", "README.md"));
        var documented = Regex.Matches(index, @"^\| \[(TI\d{4})\]", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Enumerable.Range(1, 22).Select(n => $"TI{n:0000}"), documented.Take(22));
        Assert.Equal(documented, Descriptors.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The value of <c>TableImportRepositoryUrl</c>, read from Directory.Build.props itself.</summary>
    internal static string RepositoryUrl(string root)
    {
        var props = XDocument.Load(Path.Combine(root, "Directory.Build.props"));
        var values = props.Descendants("TableImportRepositoryUrl").Select(e => e.Value.Trim()).ToList();
        var url = Assert.Single(values);
        Assert.StartsWith("https://", url);
        return url.TrimEnd('/');
    }

    private static string RepositoryRoot()
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
