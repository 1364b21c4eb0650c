using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TableImport.Analyzers.Tests.Infrastructure;
using TableImport.CodeFixes;
using TableImport.SourceGeneration.Diagnostics;
using Xunit;
using static TableImport.Analyzers.Tests.Infrastructure.Sources;

namespace TableImport.Analyzers.Tests;

/// <summary>
/// TI0023 and a decimal's declared precision: the DataAnnotations <c>[Column(TypeName = "decimal(p, s)")]</c> or EF
/// Core's <c>[Precision(p, s)]</c> (recognised by name, here a stand-in in EF Core's namespace) gives it a column type;
/// without one, or with one no warehouse takes, it stays TI0023, and the fix declares <c>decimal(18, 2)</c>.
/// </summary>
public class DecimalPrecisionTests
{
    // EF Core's attribute as EF Core declares it; the analyzer knows it by namespace and name alone.
    private const string EfCore = """

        namespace Microsoft.EntityFrameworkCore
        {
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
            public sealed class PrecisionAttribute : System.Attribute
            {
                public PrecisionAttribute(int precision, int scale) { }
                public PrecisionAttribute(int precision) { }
            }
        }

        """;

    private static string WithMembers(string members, string table = "[BigQueryTable(\"project\", \"dataset\", \"table\")]")
        => Job(typeAttributes: table, members: PredictionMembers("ScoreCategorical") + members)
               .Replace("using TableImport;", "using System.ComponentModel.DataAnnotations.Schema;\nusing Microsoft.EntityFrameworkCore;\nusing TableImport;")
           + EfCore;

    [Fact]
    public Task A_column_type_name_or_a_precision_declares_the_decimal()
        => Verify.Analyzer(WithMembers("""
                [Feature, Column(TypeName = "decimal(18, 2)")] public decimal Amount { get; set; }
                [Feature, Column("fee", TypeName = "NUMERIC(10,4)")] public decimal? Fee { get; set; }
                [Feature, Precision(12, 3)] public decimal Balance { get; set; }
                [Feature, Precision(9)] public decimal Units;
                [ActualScore, Column(TypeName = "decimal(38, 10)")] public decimal Exact { get; set; }

            """));

    [Fact]
    public Task Without_a_precision_the_message_says_how_to_declare_one()
        => Verify.Analyzer(
            WithMembers("    [Feature, Column(\"amount\")] public decimal {|#0:Amount|} { get; set; }\n"),
            Verify.At("TI0023", "Amount", "Job", "decimal", "BigQuery", "amount",
                "[Column(TypeName = \"decimal(18, 2)\")] or EF Core's [Precision(18, 2)] with the precision and scale its values need, or double, since a decimal's scale varies value by value while the warehouse fixes it per column"));

    [Fact]
    public Task A_column_type_name_that_is_not_a_decimal_declares_no_precision()
        => Verify.Analyzer(WithMembers("    [Feature, Column(TypeName = \"money\")] public decimal {|#0:Amount|} { get; set; }\n"), Verify.At("TI0023"));

    [Fact]
    public Task A_precision_no_warehouse_takes_stays_TI0023_and_names_it()
        => Verify.Analyzer(
            WithMembers("    [Feature, Precision(40, 2)] public decimal {|#0:Amount|} { get; set; }\n"),
            Verify.At("TI0023", "Amount", "Job", "decimal", "BigQuery", "amount",
                "a precision of 1 to 38 and a scale of 0 to the precision (at most 37 in Snowflake) instead of the declared decimal(40, 2)"));

    [Theory]
    [InlineData("[Precision(0)]")]
    [InlineData("[Precision(10, 11)]")]
    [InlineData("[Column(TypeName = \"decimal(39, 2)\")]")]
    public Task Out_of_range_precisions_stay_TI0023(string attribute)
        => Verify.Analyzer(WithMembers($"    [Feature, {attribute.Trim('[', ']')}] public decimal {{|#0:Amount|}} {{ get; set; }}\n"), Verify.At("TI0023"));

    [Fact]
    public Task A_scale_of_38_is_refused_for_Snowflake_only()
        => Verify.Analyzer(
            WithMembers("    [Feature, Precision(38, 38)] public decimal {|#0:Ratio|} { get; set; }\n", "[SnowflakeTable(\"a\", \"db\", \"s\", \"t\")]"),
            Verify.At("TI0023", "Ratio", "Job", "decimal", "Snowflake", "ratio",
                "a precision of 1 to 38 and a scale of 0 to the precision (at most 37 in Snowflake) instead of the declared decimal(38, 38)"));

    [Fact]
    public Task A_precision_elsewhere_than_on_a_decimal_changes_nothing()
        => Verify.Analyzer(WithMembers("    [Feature, Precision(10, 2)] public double Ratio { get; set; }\n    [Precision(10, 2)] public TimeSpan {|#0:Wait|} { get; set; }\n"), Verify.At("TI0023"));

    [Fact]
    public Task The_fix_adds_the_column_type_and_its_using_or_extends_an_existing_column_attribute()
        => Verify.CodeFix<AddDecimalPrecisionCodeFixProvider>(
            Job(members: PredictionMembers("ScoreCategorical") + """
                    [Feature] public decimal {|#0:Amount|} { get; set; }

                    /// <summary>The fee.</summary>
                    [Feature, System.ComponentModel.DataAnnotations.Schema.Column("fee_eur")]
                    public decimal? {|#1:Fee|} { get; set; }

                """),
            Job(members: PredictionMembers("ScoreCategorical") + """
                    [Column(TypeName = "decimal(18, 2)")]
                    [Feature] public decimal Amount { get; set; }

                    /// <summary>The fee.</summary>
                    [Feature, System.ComponentModel.DataAnnotations.Schema.Column("fee_eur", TypeName = "decimal(18, 2)")]
                    public decimal? Fee { get; set; }

                """).Replace("using System.Collections.Generic;\n", "using System.Collections.Generic;\nusing System.ComponentModel.DataAnnotations.Schema;\n"),
            "TI0023",
            Verify.At("TI0023", 0), Verify.At("TI0023", 1));

    [Fact]
    public Task The_fix_leaves_the_usings_alone_when_the_namespace_is_imported()
        => Verify.CodeFix<AddDecimalPrecisionCodeFixProvider>(
            WithMembers("    [Feature] public decimal {|#0:Amount|} { get; set; }\n    [Feature] public decimal {|#1:Fee|};\n"),
            WithMembers("    [Column(TypeName = \"decimal(18, 2)\")]\n    [Feature] public decimal Amount { get; set; }\n    [Column(TypeName = \"decimal(18, 2)\")]\n    [Feature] public decimal Fee;\n"),
            "TI0023",
            Verify.At("TI0023", 0), Verify.At("TI0023", 1));

    [Fact]
    public async Task The_fix_is_not_offered_where_an_attribute_cannot_help()
    {
        // A TimeSpan has no column type at all, and a list of decimals no attribute for a precision: no fix, the code stays.
        var source = Job(members: PredictionMembers("ScoreCategorical") + "    public TimeSpan {|#0:Latency|} { get; set; }\n    public List<decimal> {|#1:Amounts|} { get; set; } = new();\n");
        var test = new CSharpCodeFixTest<TableImportAnalyzer, AddDecimalPrecisionCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
            state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(TableImportJobAttribute).Assembly.Location));
            state.ExpectedDiagnostics.Add(Verify.At("TI0023", 0));
            state.ExpectedDiagnostics.Add(Verify.At("TI0023", 1));
        }

        await test.RunAsync();
    }

    [Fact]
    public Task The_READMEs_first_example_compiles_with_no_warning()
    {
        // The type under "1. Annotate a type", as a project with implicit usings and nullable on compiles it.
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var section = readme.IndexOf("### 1. Annotate a type", StringComparison.Ordinal);
        var start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Contains("public decimal FeatureAmount", example, StringComparison.Ordinal);

        return Verify.Analyzer("using System;\n" + example, test =>
        {
            test.CompilerDiagnostics = CompilerDiagnostics.Warnings;
            test.SolutionTransforms.Add((solution, project) =>
            {
                var options = (Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions)solution.GetProject(project)!.CompilationOptions!;
                // The test framework asks for XML docs of public members, which an app's build does not.
                options = options.WithNullableContextOptions(NullableContextOptions.Enable)
                    .WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("CS1591", ReportDiagnostic.Suppress));
                return solution.WithProjectCompilationOptions(project, options);
            });
        });
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

        throw new InvalidOperationException("No Generators.sln above " + AppContext.BaseDirectory);
    }
}
