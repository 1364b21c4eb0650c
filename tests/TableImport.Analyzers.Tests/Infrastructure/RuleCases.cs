using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace TableImport.Analyzers.Tests.Infrastructure;

/// <summary>One source an analyzer rule test verifies, under the test's name (theory rows: the name and the row).</summary>
public sealed record RuleCase(string Name, string Source);

/// <summary>
/// Every source the analyzer's rule tests verify, found by replaying the tests themselves with <see cref="Verify.SourcesOf"/>:
/// a rule test added later is in the parity test with no further line.
/// </summary>
public static partial class RuleCases
{
    public static readonly Type[] TestClasses = [typeof(RuleTests), typeof(RequiredColumnsTests), typeof(ValidJobTests)];

    private static readonly Lazy<IReadOnlyList<RuleCase>> Cases = new(Collect);

    public static IReadOnlyList<RuleCase> All => Cases.Value;

    /// <summary>The source as the compiler reads it: without the test's <c>{|#0:...|}</c> span markup.</summary>
    public static string WithoutMarkup(string source) => Markup().Replace(source, "");

    private static IReadOnlyList<RuleCase> Collect()
    {
        var cases = new List<RuleCase>();
        foreach (var type in TestClasses)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                if (method.GetCustomAttribute<FactAttribute>() is null)
                {
                    continue;
                }

                foreach (var args in Rows(type, method))
                {
                    var name = args.Length == 0 ? method.Name : method.Name + "(" + string.Join(", ", args) + ")";
                    var sources = Verify.SourcesOf(() => (Task)method.Invoke(Activator.CreateInstance(type), args)!);
                    for (var i = 0; i < sources.Count; i++)
                    {
                        cases.Add(new RuleCase(sources.Count == 1 ? name : name + "#" + i, sources[i]));
                    }
                }
            }
        }

        return cases;
    }

    // A fact has one row without arguments; a theory has the rows of its MemberData.
    private static IEnumerable<object?[]> Rows(Type type, MethodInfo method)
    {
        if (method.GetCustomAttribute<MemberDataAttribute>() is not { } data)
        {
            return [[]];
        }

        var member = type.GetMember(data.MemberName, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Single();
        var value = member is MethodInfo factory ? factory.Invoke(null, null) : ((PropertyInfo)member).GetValue(null);
        return ((IEnumerable)value!).Cast<object?[]>();
    }

    [GeneratedRegex(@"\{\|#\d+:|\|\}")]
    private static partial Regex Markup();
}
