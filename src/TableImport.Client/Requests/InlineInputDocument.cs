using System.Text;

namespace TableImport.Client;

/// <summary>
/// Writes a mutation whose <c>input</c> is an inline object, as the seed writes its inputs
/// (<c>pauseTableImportJob(input: { jobId: $jobId })</c>): the input type's name, which has no evidence, never appears;
/// values travel as variables of known types (<see cref="KnownGraphQLTypes"/>), or as literals where no known type fits
/// (an enum value such as <c>score_categorical</c>, an ISO 8601 timestamp string).
/// </summary>
internal sealed class InlineInputDocument
{
    private readonly List<string> declarations = [];
    private readonly StringBuilder input = new("{ ");
    private bool atStart = true;

    /// <summary>
    /// <c>field: $variable</c> in the input, and the variable's declaration with <paramref name="type"/> (one of
    /// <see cref="KnownGraphQLTypes"/>) in the operation's variables.
    /// </summary>
    public InlineInputDocument Variable(string field, string variable, string type)
    {
        Separate();
        input.Append(field).Append(": $").Append(variable);
        declarations.Add("$" + variable + ": " + type);
        return this;
    }

    /// <summary><c>field: literal</c>, the literal written as given (an enum value, or a quoted string).</summary>
    public InlineInputDocument Literal(string field, string literal)
    {
        Separate();
        input.Append(field).Append(": ").Append(literal);
        return this;
    }

    /// <summary>Starts a nested inline object <c>field: { ... }</c>.</summary>
    public InlineInputDocument Open(string field)
    {
        Separate();
        input.Append(field).Append(": { ");
        atStart = true;
        return this;
    }

    /// <summary>Ends the nested object <see cref="Open"/> started.</summary>
    public InlineInputDocument Close()
    {
        input.Append(" }");
        atStart = false;
        return this;
    }

    /// <summary>The whole document: <c>mutation operation(vars) { result: field(input: { ... }) selection }</c>.</summary>
    public string Build(string operation, string field, string selection)
    {
        var variables = declarations.Count == 0 ? "" : "(" + string.Join(", ", declarations) + ")";
        return $"mutation {operation}{variables} {{\n  result: {field}(input: {input} }}) {selection}\n}}\n";
    }

    private void Separate()
    {
        if (!atStart)
        {
            input.Append(", ");
        }

        atStart = false;
    }
}
