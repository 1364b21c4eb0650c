using System.Text.Json;

namespace TableImport.Cli.Doctor;

/// <summary>A reference to a type: its name, and whether it is a list (non-null wrappers do not matter to a lookup).</summary>
internal sealed record TypeRef(string Name, bool IsList);

/// <summary>A field of an object or interface type: its arguments and its type.</summary>
internal sealed record SchemaField(IReadOnlyDictionary<string, TypeRef> Arguments, TypeRef Type);

/// <summary>One named type of the server's schema, as introspection reports it.</summary>
internal sealed record SchemaType(
    string Kind,
    IReadOnlyDictionary<string, SchemaField> Fields,
    IReadOnlyDictionary<string, TypeRef> InputFields,
    IReadOnlySet<string> EnumValues);

/// <summary>The server's schema from the standard introspection query: what each of the client's documents is checked against.</summary>
internal sealed class IntrospectedSchema(IReadOnlyDictionary<string, SchemaType> types, string? queryType, string? mutationType)
{
    /// <summary>The introspection query: every type's fields (with arguments), input fields and enum values.</summary>
    public const string Query = """
        query tableimportDoctorIntrospection {
          __schema {
            queryType { name }
            mutationType { name }
            types {
              kind name
              fields(includeDeprecated: true) { name args { name type { ...TypeRef } } type { ...TypeRef } }
              inputFields { name type { ...TypeRef } }
              enumValues(includeDeprecated: true) { name }
            }
          }
        }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public IReadOnlyDictionary<string, SchemaType> Types { get; } = types;

    public string? QueryType { get; } = queryType;

    public string? MutationType { get; } = mutationType;

    /// <summary>Reads <c>data.__schema</c> of an introspection response.</summary>
    public static IntrospectedSchema Parse(JsonElement schema)
    {
        var types = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            var fields = new Dictionary<string, SchemaField>(StringComparer.Ordinal);
            foreach (var field in Items(type, "fields"))
            {
                var arguments = Items(field, "args").ToDictionary(a => a.GetProperty("name").GetString()!, a => Ref(a.GetProperty("type")), StringComparer.Ordinal);
                fields[field.GetProperty("name").GetString()!] = new SchemaField(arguments, Ref(field.GetProperty("type")));
            }

            var inputFields = Items(type, "inputFields").ToDictionary(f => f.GetProperty("name").GetString()!, f => Ref(f.GetProperty("type")), StringComparer.Ordinal);
            var enumValues = Items(type, "enumValues").Select(v => v.GetProperty("name").GetString()!).ToHashSet(StringComparer.Ordinal);
            types[name] = new SchemaType(type.GetProperty("kind").GetString()!, fields, inputFields, enumValues);
        }

        return new IntrospectedSchema(types, NameOf(schema, "queryType"), NameOf(schema, "mutationType"));
    }

    private static IEnumerable<JsonElement> Items(JsonElement element, string property) =>
        element.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray() : [];

    private static string? NameOf(JsonElement schema, string property) =>
        schema.TryGetProperty(property, out var type) && type.ValueKind == JsonValueKind.Object ? type.GetProperty("name").GetString() : null;

    private static TypeRef Ref(JsonElement type)
    {
        var list = false;
        while (type.GetProperty("kind").GetString() is "NON_NULL" or "LIST")
        {
            list |= type.GetProperty("kind").GetString() == "LIST";
            type = type.GetProperty("ofType");
        }

        return new TypeRef(type.GetProperty("name").GetString()!, list);
    }
}
