using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TableImport.SourceGeneration.Parsing;
using TableImport.SourceGeneration.Tests.Infrastructure;
using TableImport.SourceGeneration.Tests.Sources;
using Xunit;

namespace TableImport.SourceGeneration.Tests;

/// <summary>
/// The generator reads a job's own members' attributes from syntax (<see cref="DeclarationReader"/>) where the
/// analyzer binds them. Both must give the same model for every job, or what is generated and what is reported would
/// disagree: each test parses every job type both ways and compares.
/// </summary>
public sealed class SyntaxReadingParityTests
{
    // Every shape the reader must either read exactly or hand back to binding.
    private const string Tricky = """"
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using TableImport;
        using TI = TableImport;
        using Da = System.ComponentModel.DataAnnotations.Schema;

        namespace Other
        {
            public sealed class FeatureAttribute : Attribute { }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            // EF Core's attribute as EF Core declares it: the parser knows it by namespace and name.
            public sealed class PrecisionAttribute : Attribute
            {
                public PrecisionAttribute(int precision, int scale) { }
                public PrecisionAttribute(int precision) { }
            }
        }

        namespace Tricky.Jobs
        {
            using Microsoft.EntityFrameworkCore;

            public static class Names { public const string Col = "from_constant"; public const string Money = "decimal(9, 2)"; }

            [TableImportJob("tricky", ModelType.ScoreCategorical, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t")]
            public partial class Tricky
            {
                [PredictionId] public string Id { get; set; } = "";
                [TI.PredictionTimestamp] public DateTime At { get; set; }
                [global::TableImport.ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionLabelAttribute] public string Label { get; set; } = "";
                [ColumnName(Names.Col), Feature] public double FromConstant { get; set; }
                [ColumnName(name: "named_argument"), Feature] public double NamedArgument { get; set; }
                [ColumnName("a" + "b"), Feature] public double Concatenated { get; set; }
                [ColumnName(@"verbatim\path ""quoted"""), Feature] public double Verbatim { get; set; }
                [ColumnName("escaped\t\u0041"), Feature] public double Escaped { get; set; }
                [ColumnName(nameof(Tricky)), Feature] public double NameOf { get; set; }
                [field: Feature] public double BackingFieldOnly { get; set; }
                [property: Tag] public string? PropertyTarget { get; set; }
                [Tag] public string? Field1, Field2;
                [Column("da_column"), Feature] public double DataAnnotationsColumn { get; set; }
                [Column(Order = 2), Feature] public double DataAnnotationsOrderOnly { get; set; }
                [NotMapped] public string? NotMappedOne { get; set; }
                [Da.Column("aliased_da")] [Feature] public double AliasedDataAnnotations { get; set; }
                [EmbeddingFeature("emb", RawDataColumn = "raw_text", LinkToDataColumn = Names.Col)] public float[] Vector { get; set; } = new float[0];
                [EmbeddingFeature("emb2", RawDataColumn = "raw_text_2")] public float[] Vector2 { get; set; } = new float[0];
                [Obsolete("old")] [Tag] public string? WithAnotherAttribute { get; set; }
                [@Feature] public double VerbatimName { get; set; }
                [Feature("unexpected")] public double WrongArity { get; set; }
                [ColumnName] public double MissingArgument { get; set; }
                [NotImported, Feature] public double Both { get; set; }
                public string NoAttributes { get; set; } = "";
                [Feature] public static double StaticOne { get; set; }
                [Feature] private double PrivateOne { get; set; }
                [Feature] public bool B { get; set; }
                [Feature] public byte U8 { get; set; }
                [Feature] public sbyte S8 { get; set; }
                [Feature] public short S16 { get; set; }
                [Feature] public ushort U16 { get; set; }
                [Feature] public uint U32 { get; set; }
                [Feature] public long S64 { get; set; }
                [Feature] public ulong U64 { get; set; }
                [Feature] public float F32 { get; set; }
                [Feature] public decimal Money { get; set; }
                [Feature] public char Letter { get; set; }
                [Feature] public object? Anything { get; set; }
                [Feature] public int? MaybeCount { get; set; }
                [Feature] public nint Native { get; set; }
                [Feature] public Int32 SpelledOut { get; set; }
                [Feature] public int[] Counts { get; set; } = new int[0];
                [Feature] public System.Collections.Generic.List<string> Words { get; set; } = new();
                [Feature] public double? MaybeRatio;
                [Column(TypeName = "decimal(18, 2)"), Feature] public decimal TypeNamed { get; set; }
                [Column("named_priced", TypeName = "numeric(10,4)"), Feature] public decimal? NamedPriced { get; set; }
                [Column(TypeName = Names.Money), Feature] public decimal ConstantTypeName { get; set; }
                [Precision(12, 3), Feature] public decimal Precise { get; set; }
                [Precision(12), Feature] public decimal PrecisionOnly { get; set; }
                [Precision(-1), Feature] public decimal NegativePrecision { get; set; }
                [Precision(18L, 2), Feature] public decimal LongPrecision { get; set; }
                [Microsoft.EntityFrameworkCore.Precision(5, 1), Feature] public decimal QualifiedPrecision { get; set; }
                [Precision(5, 1), Feature] public double PrecisionOnADouble { get; set; }
            }

            [TableImportJob("priced", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t8")]
            public partial class Priced
            {
                [PredictionId] public string Id { get; set; } = "";
                [PredictionTimestamp] public DateTime At { get; set; }
                [ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionScore, Column(TypeName = "decimal(18, 2)")] public decimal Score { get; set; }
                [Feature, Precision(10, 4)] public decimal Rate { get; set; }
                [Feature, Precision(6)] public decimal? Units;
                [Feature, Column("fee_eur", Order = 1, TypeName = "NUMERIC(12, 3)")] public decimal Fee { get; set; }
                [Feature, Column(TypeName = "decimal(14, 2)"), Precision(10, 4)] public decimal Both { get; set; }
                [Feature] public decimal Undeclared { get; set; }
            }

            public interface INamed
            {
                string CreateTableSql();
            }

            [TableImportJob("shadowed", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t2")]
            public partial class Shadowed : INamed
            {
                string INamed.CreateTableSql() => "";

                private sealed class FeatureAttribute : Attribute { }

                [PredictionId] public string Id { get; set; } = "";
                [PredictionTimestamp] public DateTime At { get; set; }
                [ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionScore] public double Score { get; set; }
                [Feature] public double NotOurs { get; set; }
            }

            [TableImportJob("positional", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t3")]
            public partial record Positional([property: PredictionId] string Id, [property: Feature] double X, [Tag] string Y)
            {
                [PredictionTimestamp] public DateTime At { get; init; }
                [ChangeTimestamp] public DateTime Changed { get; init; }
                [PredictionScore] public double Score { get; init; }
            }

            [TableImportJob("shapes", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t6")]
            public partial class Shapes(int seed) : IComparable
            {
                [PredictionId] public string Id { get; set; } = "";
                [PredictionTimestamp] public DateTime At { get; set; }
                [ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionScore] public double Score => seed;
                [Feature] public double InitOnly { init { } }
                [Feature] public double SetOnly { set { } }
                [Feature] public double GetterBody { get { return 1; } }
                public const string Constant = "c";
                public static double StaticField;
                public static readonly double StaticReadonly = 1;
                public event Action? Happened;
                internal double InternalOne { get; set; }
                protected double ProtectedOne { get; set; }
                protected internal double ProtectedInternalOne { get; set; }
                double PrivateByDefault { get; set; }
                public double PlainPublic;
                public readonly double ReadonlyField;
                public required string Required { get; set; }
                public virtual double Virtual { get; set; }
                public new double New { get; set; }
                public System.Collections.Generic.Dictionary<string, double> Map { get; set; } = new();
                public DayOfWeek Day { get; set; }
                public Guid Guid { get; set; }
                public static class Columns { }
                public static string CreateTableSql() => "";
                int IComparable.CompareTo(object? other) => Happened is null ? 0 : 1;
            }

            [TableImportJob("indexer", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t7")]
            public partial struct WithIndexer
            {
                [PredictionId] public string Id { get; set; }
                [PredictionTimestamp] public DateTime At { get; set; }
                [ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionScore] public double Score { get; set; }
                [Feature] public double this[int i] => i;
            }

            public abstract class BaseRow
            {
                [PredictionId] public string Id { get; set; } = "";
                [Feature, ColumnName("base_feature")] public double Inherited { get; set; }
            }

            [TableImportJob("derived", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t4")]
            public partial class Derived : BaseRow
            {
                [PredictionTimestamp] public DateTime At { get; set; }
                [ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionScore] public double Score { get; set; }
            }
        }

        namespace Ambiguous
        {
            using Other;

            [TableImportJob("ambiguous", ModelType.Numeric, ModelEnvironment.Production)]
            [BigQueryTable("p", "d", "t5")]
            public partial class TwoFeatures
            {
                [PredictionId] public string Id { get; set; } = "";
                [PredictionTimestamp] public DateTime At { get; set; }
                [ChangeTimestamp] public DateTime Changed { get; set; }
                [PredictionScore] public double Score { get; set; }
                [Feature] public double Which { get; set; }
            }
        }
        """";

    [Fact]
    public void Every_test_source_reads_the_same_from_syntax_as_bound()
    {
        var jobs = 0;
        foreach (var source in JobSources.AllValid.Append(JobSources.JobsWithErrors).Append(Tricky))
        {
            jobs += AssertParity(GeneratorRunner.CreateCompilation(ProjectSetup.Net100NullableEnabled, source), source);
        }

        Assert.True(jobs >= 20, "only " + jobs + " job types were compared");
    }

    [Fact]
    public void Mutated_sources_read_the_same_from_syntax_as_bound()
    {
        string[] corpus = [.. JobSources.AllValid, JobSources.JobsWithErrors, Tricky];
        var random = new Random(20261202);
        var jobs = 0;
        for (var i = 0; i < 400; i++)
        {
            var source = corpus[random.Next(corpus.Length)];
            for (var m = 1 + random.Next(3); m > 0; m--)
            {
                source = FuzzTests.Mutate(source, random);
            }

            jobs += AssertParity(GeneratorRunner.CreateCompilation(ProjectSetup.Net100NullableEnabled, source), source);
        }

        Assert.True(jobs > 400, "only " + jobs + " job types were compared");
    }

    [Fact]
    public void Plain_members_are_read_from_syntax_and_the_open_cases_are_left_to_binding()
    {
        var compilation = GeneratorRunner.CreateCompilation(ProjectSetup.Net100NullableEnabled, Tricky);
        var tree = compilation.SyntaxTrees.Single();
        var type = compilation.GetTypeByMetadataName("Tricky.Jobs.Tricky")!;
        var reader = new DeclarationReader(compilation.GetSemanticModel(tree), type);

        bool Read(string member) => reader.TryRead(type.GetMembers(member).Single(), []);

        foreach (var plain in new[] { "Id", "Label", "Verbatim", "Escaped", "BackingFieldOnly", "PropertyTarget", "Field1", "DataAnnotationsColumn", "DataAnnotationsOrderOnly", "NotMappedOne", "Vector2", "WithAnotherAttribute", "Both", "NoAttributes", "TypeNamed", "NamedPriced", "Precise", "PrecisionOnly", "PrecisionOnADouble" })
        {
            Assert.True(Read(plain), plain + " should be read from syntax");
        }

        foreach (var open in new[] { "At", "Changed", "FromConstant", "NamedArgument", "Concatenated", "NameOf", "AliasedDataAnnotations", "Vector", "VerbatimName", "WrongArity", "MissingArgument", "ConstantTypeName", "NegativePrecision", "LongPrecision", "QualifiedPrecision" })
        {
            Assert.False(Read(open), open + " should be left to binding");
        }
    }

    [Fact]
    public void A_plain_declaration_is_read_without_member_symbols_and_the_others_are_left_to_binding()
    {
        var compilation = GeneratorRunner.CreateCompilation(ProjectSetup.Net100NullableEnabled, Tricky, JobSources.ArchitectureExample);
        DeclarationReader Reader(string type)
        {
            var symbol = compilation.GetTypeByMetadataName(type)!;
            return new DeclarationReader(compilation.GetSemanticModel(symbol.DeclaringSyntaxReferences[0].SyntaxTree), symbol);
        }

        Assert.Equal(6, Reader("Shop.Jobs.ScoredTransaction").OwnMembers()!.Count);
        Assert.NotNull(Reader("Tricky.Jobs.Shadowed").OwnMembers());
        Assert.Equal(true, Reader("Tricky.Jobs.Shapes").Declares("Columns"));
        Assert.Null(Reader("Tricky.Jobs.Tricky").OwnMembers());      // attributes only binding can read
        Assert.Null(Reader("Tricky.Jobs.Positional").OwnMembers());  // a record's parameters are members
        Assert.Null(Reader("Tricky.Jobs.WithIndexer").OwnMembers()); // an indexer
        Assert.Null(Reader("Tricky.Jobs.Positional").Declares("Columns"));
    }

    [Fact]
    public void A_declared_decimal_precision_is_read_from_syntax_and_bound_alike()
    {
        var compilation = GeneratorRunner.CreateCompilation(ProjectSetup.Net100NullableEnabled, Tricky);
        var type = compilation.GetTypeByMetadataName("Tricky.Jobs.Priced")!;
        var model = compilation.GetSemanticModel(type.DeclaringSyntaxReferences[0].SyntaxTree);
        Assert.NotNull(new DeclarationReader(model, type).OwnMembers());

        var expected = new Dictionary<string, string>
        {
            ["Score"] = "Decimal(18,2)", ["Rate"] = "Decimal(10,4)", ["Units"] = "Decimal(6,0)", ["Fee"] = "Decimal(12,3)",
            ["Both"] = "Decimal(14,2)", ["Undeclared"] = "Decimal",
        };
        foreach (var parsed in new[] { JobParser.Parse(type, forDiagnostics: false, CancellationToken.None, model), JobParser.Parse(type, forDiagnostics: true, CancellationToken.None) })
        {
            foreach (var (member, token) in expected)
            {
                Assert.Equal(token, parsed.Members.Single(m => m.Name == member).ColumnType);
            }
        }

        var tricky = JobParser.Parse(compilation.GetTypeByMetadataName("Tricky.Jobs.Tricky")!, forDiagnostics: false, CancellationToken.None, compilation.GetSemanticModel(compilation.SyntaxTrees.Single()));
        Assert.Equal("Decimal(9,2)", tricky.Members.Single(m => m.Name == "ConstantTypeName").ColumnType);
        Assert.Equal("Decimal(-1,0)", tricky.Members.Single(m => m.Name == "NegativePrecision").ColumnType);
        Assert.Equal("Decimal(5,1)", tricky.Members.Single(m => m.Name == "QualifiedPrecision").ColumnType);
        Assert.Equal("Double", tricky.Members.Single(m => m.Name == "PrecisionOnADouble").ColumnType);
    }

    // Parses every [TableImportJob] type of the compilation both ways; returns how many it compared.
    private static int AssertParity(Compilation compilation, string source)
    {
        var compared = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type
                    || !type.GetAttributes().Any(a => KnownAttributes.OursOrNull(a) == KnownAttributes.TableImportJob))
                {
                    continue;
                }

                var fromSyntax = JobParser.Parse(type, forDiagnostics: false, CancellationToken.None, model);
                var bound = JobParser.Parse(type, forDiagnostics: false, CancellationToken.None);
                var reader = new DeclarationReader(model, type);
                foreach (var name in new[] { "Columns", "CreateTableSql", "Id" })
                {
                    var declared = type.GetMembers(name).Length > 0;
                    Assert.True((reader.Declares(name) ?? declared) == declared, $"{type.ToDisplayString()} declares {name}: {declared}; read from syntax: {reader.Declares(name)}\n{source}");
                }

                Assert.True(
                    bound.Equals(fromSyntax),
                    $"{type.ToDisplayString()} reads differently from syntax.\n--- bound ---\n{bound}\n--- from syntax ---\n{fromSyntax}\n--- source ---\n{source}");
                compared++;
            }
        }

        return compared;
    }
}
