using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Cli.Doctor;

/// <summary>
/// Walks one request the client sends (its document and its variables) over the server's schema and names every type,
/// field, argument, input field and enum value it uses that the server lacks, or whose type differs: a GraphQL server
/// rejects the whole document for any one of them.
/// </summary>
internal sealed class DocumentCheck
{
    private readonly IntrospectedSchema schema;
    private readonly HashSet<string> problems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> variableTypes = new(StringComparer.Ordinal);

    private DocumentCheck(IntrospectedSchema schema) => this.schema = schema;

    /// <summary>What <paramref name="body"/> (a request body, <c>{"query", "variables"}</c>) uses that the server does not have.</summary>
    public static IReadOnlySet<string> Problems(IntrospectedSchema schema, string body)
    {
        using var json = JsonDocument.Parse(body);
        var check = new DocumentCheck(schema);
        var document = Parser.Parse(json.RootElement.GetProperty("query").GetString()!);
        var variables = json.RootElement.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v : default;
        check.Document(document, variables);
        return check.problems;
    }

    private void Document(GraphQLDocument document, JsonElement variables)
    {
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            fragments[fragment.FragmentName.Name.StringValue] = fragment;
        }

        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            foreach (var variable in operation.Variables?.Items ?? [])
            {
                var name = variable.Variable.Name.StringValue;
                var type = Named(variable.Type);
                variableTypes[name] = type;
                if (Type(type) is { } known && variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty(name, out var value))
                {
                    InputValue(type, known, value, type);
                }
            }

            var root = operation.Operation == OperationType.Mutation ? schema.MutationType : schema.QueryType;
            if (root is null)
            {
                problems.Add($"the schema has no {operation.Operation.ToString().ToLowerInvariant()} type");
                continue;
            }

            SelectionSet(root, operation.SelectionSet);
        }
    }

    private void SelectionSet(string typeName, GraphQLSelectionSet? selections)
    {
        if (selections is null || Type(typeName) is not { } type)
        {
            return;
        }

        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    Field(typeName, type, field);
                    break;
                case GraphQLInlineFragment inline:
                    SelectionSet(inline.TypeCondition is { } condition ? condition.Type.Name.StringValue : typeName, inline.SelectionSet);
                    break;
                case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                    SelectionSet(fragment.TypeCondition.Type.Name.StringValue, fragment.SelectionSet);
                    break;
            }
        }
    }

    private void Field(string typeName, SchemaType type, GraphQLField field)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            return;
        }

        if (!type.Fields.TryGetValue(name, out var schemaField))
        {
            problems.Add($"field {typeName}.{name}");
            return;
        }

        foreach (var argument in field.Arguments?.Items ?? [])
        {
            var argumentName = argument.Name.StringValue;
            var where = $"{typeName}.{name}({argumentName}:)";
            if (!schemaField.Arguments.TryGetValue(argumentName, out var argumentType))
            {
                problems.Add("argument " + where);
                continue;
            }

            Value(argumentType, argument.Value, where);
        }

        SelectionSet(schemaField.Type.Name, field.SelectionSet);
    }

    /// <summary>A value written in the document: a variable, an inline object, an enum literal, a list.</summary>
    private void Value(TypeRef expected, GraphQLValue value, string where)
    {
        switch (value)
        {
            case GraphQLVariable variable when variableTypes.TryGetValue(variable.Name.StringValue, out var sent):
                if (!string.Equals(sent, expected.Name, StringComparison.Ordinal))
                {
                    problems.Add($"{where} takes {expected.Name} on the server; the client sends {sent}");
                }

                break;
            case GraphQLObjectValue obj when Type(expected.Name) is { } input:
                foreach (var field in obj.Fields ?? [])
                {
                    var fieldName = field.Name.StringValue;
                    if (!input.InputFields.TryGetValue(fieldName, out var fieldType))
                    {
                        problems.Add($"input field {expected.Name}.{fieldName} (in {where})");
                        continue;
                    }

                    Value(fieldType, field.Value, $"{expected.Name}.{fieldName}");
                }

                break;
            case GraphQLEnumValue literal when Type(expected.Name) is { Kind: "ENUM" } enumType && !enumType.EnumValues.Contains(literal.Name.StringValue):
                problems.Add($"enum value {expected.Name}.{literal.Name.StringValue} (in {where})");
                break;
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Value(expected with { IsList = false }, item, where);
                }

                break;
        }
    }

    /// <summary>A variable's JSON value against its input type: every key an input field, every enum string a value of its enum.</summary>
    private void InputValue(string typeName, SchemaType type, JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    InputValue(typeName, type, item, path);
                }

                break;
            case JsonValueKind.Object when type.Kind == "INPUT_OBJECT":
                foreach (var property in value.EnumerateObject())
                {
                    if (!type.InputFields.TryGetValue(property.Name, out var fieldType))
                    {
                        problems.Add($"input field {typeName}.{property.Name}");
                    }
                    else if (Type(fieldType.Name) is { } fieldSchemaType)
                    {
                        InputValue(fieldType.Name, fieldSchemaType, property.Value, $"{typeName}.{property.Name}");
                    }
                }

                break;
            case JsonValueKind.String when type.Kind == "ENUM" && !type.EnumValues.Contains(value.GetString()!):
                problems.Add($"enum value {typeName}.{value.GetString()} (in {path})");
                break;
        }
    }

    /// <summary>The named type, or null (and the problem noted) when the server has no type of that name.</summary>
    private SchemaType? Type(string name)
    {
        if (schema.Types.TryGetValue(name, out var type))
        {
            return type;
        }

        problems.Add("type " + name);
        return null;
    }

    private static string Named(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Named(nonNull.Type),
        GraphQLListType list => Named(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };
}
