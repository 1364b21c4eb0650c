using Microsoft.CodeAnalysis.Testing;
using TableImport.Analyzers.Tests.Infrastructure;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>Diagnostics sit on real source locations, so the usual suppression mechanisms apply.</summary>
public class SuppressionTests
{
    private static readonly string MissingTimestamp = Job(common: PredictionIdMember + ChangeTimestampMember);

    [Fact]
    public Task Pragma_warning_disable_silences_TI0005()
        => Verify.Analyzer("#pragma warning disable TI0005\n" + MissingTimestamp);

    [Fact]
    public Task Editorconfig_severity_none_silences_TI0005()
        => Verify.Analyzer(
            MissingTimestamp,
            test => test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.TI0005.severity = none\n")));

    [Fact]
    public Task Without_suppression_TI0005_is_reported()
        => Verify.Analyzer(
            Job(declaration: "public partial class {|#0:Job|}", common: PredictionIdMember + ChangeTimestampMember),
            Verify.At("TI0005"));
}
