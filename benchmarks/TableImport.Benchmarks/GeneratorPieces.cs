extern alias Generator;

using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Generator::TableImport.SourceGeneration.Parsing;

namespace TableImport.Benchmarks;

/// <summary>
/// What the generator's transform allocates, against the binding any reader of the same attributes must do: on a new
/// compilation of the 1,000-type project each time, the whole generator run, the parser alone over every job type, and
/// only binding the attributes of every job type and its members (what no semantic generator can skip). Allocations,
/// because this shared machine's load moves time but not them.
/// </summary>
internal static class GeneratorPieces
{
    public static string Run()
    {
        var trees = Roslyn.Parse(SyntheticProject.Files(1000));
        var names = Enumerable.Range(0, 1000).Select(i => $"Shop.Jobs.Group{i / 100}.{SyntheticProject.TypeName(i)}").ToArray();
        var rows = new (string Name, Func<Compilation, object?> Work)[]
        {
            ("compiler binding, no generator (`GetDiagnostics`)", c => c.GetDiagnostics()),
            ("our generator run (`RunGenerators`)", c => Roslyn.OurDriver().RunGenerators(c)),
            ("`JobParser.Parse` of every job type alone, as the generator reads (no locations, attributes from syntax)", c => names.Select(n => c.GetTypeByMetadataName(n)!).Select(t => JobParser.Parse(t, forDiagnostics: false, CancellationToken.None, c.GetSemanticModel(t.DeclaringSyntaxReferences[0].SyntaxTree))).ToList()),
            ("`JobParser.Parse` of every job type alone, as the analyzer reads", c => names.Select(n => JobParser.Parse(c.GetTypeByMetadataName(n)!, forDiagnostics: true, CancellationToken.None)).ToList()),
            ("binding only the attributes of every job type and member", c => names.Select(n => c.GetTypeByMetadataName(n)!).SelectMany(t => t.GetMembers().Select(m => m.GetAttributes().Length).Append(t.GetAttributes().Length)).Sum()),
            ("binding only the attributes of every job type (not its members)", c => names.Select(n => c.GetTypeByMetadataName(n)!.GetAttributes().Length).Sum()),
            ("creating only the member symbols of every job type (`GetMembers`)", c => names.Select(n => c.GetTypeByMetadataName(n)!.GetMembers().Length).Sum()),
            ("binding only the type of every member (what `CreateTableSql`'s column types need)", c => names.Select(n => c.GetTypeByMetadataName(n)!).SelectMany(t => t.GetMembers().OfType<IPropertySymbol>().Select(p => p.Type.SpecialType)).Count()),
        };

        var b = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        b.AppendLine("| Work on a new compilation of 1,000 job types | Allocated (MB, median of 3) |").AppendLine("|---|---:|");
        foreach (var (name, work) in rows)
        {
            work(Roslyn.Create(trees)); // warm-up
            var samples = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var compilation = Roslyn.Create(trees);
                var before = GC.GetTotalAllocatedBytes(precise: true);
                GC.KeepAlive(work(compilation));
                samples.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1e6);
            }

            samples.Sort();
            var line = string.Create(inv, $"| {name} | {samples[1]:N0} |");
            b.AppendLine(line);
            Console.WriteLine(line);
        }

        return b.ToString();
    }
}
