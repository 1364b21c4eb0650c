using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Client.Tests;

/// <summary>
/// The schema catalog (<see cref="SchemaFields"/>) is the one description of the schema's fields: every property of the
/// model has exactly one row whose accessors read and write that property, and the rows are exactly the fields of
/// <c>TableImportSchemaInputType</c> in docs/api/schema.graphql, which the emulator serves.
/// </summary>
public sealed class SchemaCatalogTests
{
    [Fact]
    public void Every_property_of_the_schema_model_has_one_row_whose_accessors_are_that_property()
    {
        var properties = typeof(TableImportSchema).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.Equal(properties.Select(p => p.Name).Order(), SchemaFields.All.Select(f => f.PropertyName).Order());

        foreach (var field in SchemaFields.All)
        {
            var property = properties.Single(p => p.Name == field.PropertyName);
            var schema = new TableImportSchema();
            Assert.False(field.IsSet(schema), field.Path);
            object value = field.Kind switch
            {
                SchemaFieldKind.ColumnList => new[] { "a", "b" },
                SchemaFieldKind.Embeddings => new[] { new EmbeddingFeatureColumns { FeatureName = "e", VectorCol = "v" } },
                SchemaFieldKind.ObjectDetection => new ObjectDetectionColumns { BoundingBoxesScoresColumnName = "s" },
                _ => field.GraphQLName + "_column",
            };
            switch (field.Kind)
            {
                case SchemaFieldKind.ColumnList: field.SetList(schema, (string[])value); break;
                case SchemaFieldKind.Embeddings: field.SetEmbeddings(schema, (EmbeddingFeatureColumns[])value); break;
                case SchemaFieldKind.ObjectDetection: field.SetBoxes(schema, (ObjectDetectionColumns)value); break;
                default: field.SetText(schema, (string)value); break;
            }

            // The setter set this property and no other; the getter reads it back.
            Assert.Same(value, property.GetValue(schema));
            Assert.All(properties.Where(p => p != property), p => Assert.Null(p.GetValue(schema)));
            Assert.True(field.IsSet(schema), field.Path);
            Assert.Same(value, field.Kind switch
            {
                SchemaFieldKind.ColumnList => field.GetList(schema),
                SchemaFieldKind.Embeddings => field.GetEmbeddings(schema),
                SchemaFieldKind.ObjectDetection => field.GetBoxes(schema),
                _ => (object?)field.GetText(schema),
            });
            Assert.Equal("schema." + field.GraphQLName, field.Path);
            Assert.Equal(char.ToLowerInvariant(field.PropertyName[0]) + field.PropertyName[1..], field.GraphQLName);
        }
    }

    [Fact]
    public void The_parts_of_the_object_fields_are_the_properties_of_their_objects()
    {
        var embeddings = Assert.Single(SchemaFields.All, f => f.Kind == SchemaFieldKind.Embeddings);
        var item = new EmbeddingFeatureColumns();
        foreach (var part in embeddings.Parts)
        {
            part.Set(item, part.GraphQLName + "!");
        }

        Assert.Equal(typeof(EmbeddingFeatureColumns).GetProperties().Select(p => p.Name).Order(), embeddings.Parts.Select(p => p.PropertyName).Order());
        Assert.All(embeddings.Parts, part => Assert.Equal(part.GraphQLName + "!", typeof(EmbeddingFeatureColumns).GetProperty(part.PropertyName)!.GetValue(item)));

        foreach (var boxes in SchemaFields.All.Where(f => f.Kind == SchemaFieldKind.ObjectDetection))
        {
            var columns = new ObjectDetectionColumns();
            foreach (var part in boxes.Parts)
            {
                part.Set(columns, part.GraphQLName + "!");
            }

            Assert.Equal(typeof(ObjectDetectionColumns).GetProperties().Select(p => p.Name).Order(), boxes.Parts.Select(p => p.PropertyName).Order());
            Assert.All(boxes.Parts, part => Assert.Equal(part.GraphQLName + "!", part.Get(columns)));
        }
    }

    [Fact]
    public void The_rows_are_the_fields_of_the_served_input_type_and_its_objects()
    {
        var sdl = Parser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "api", "schema.graphql")));
        var inputs = sdl.Definitions.OfType<GraphQLInputObjectTypeDefinition>().ToDictionary(t => t.Name.StringValue);
        static IEnumerable<string> FieldsOf(GraphQLInputObjectTypeDefinition type) => type.Fields!.Items.Select(f => f.Name.StringValue);

        var schemaInput = inputs["TableImportSchemaInputType"];
        Assert.Equal(FieldsOf(schemaInput), SchemaFields.All.Select(f => f.GraphQLName));
        Assert.Equal(FieldsOf(inputs["EmbeddingFeatureInput"]), Assert.Single(SchemaFields.All, f => f.Kind == SchemaFieldKind.Embeddings).Parts.Select(p => p.GraphQLName));
        foreach (var boxes in SchemaFields.All.Where(f => f.Kind == SchemaFieldKind.ObjectDetection))
        {
            Assert.Equal(FieldsOf(inputs["ObjectDetectionColumnsInput"]), boxes.Parts.Select(p => p.GraphQLName));
        }

        // A field the SDL declares as a list is a list row; a non-null part is a required one.
        foreach (var definition in schemaInput.Fields!.Items)
        {
            var field = SchemaFields.Find(definition.Name.StringValue)!;
            Assert.Equal(definition.Type is GraphQLListType, field.Kind is SchemaFieldKind.ColumnList or SchemaFieldKind.Embeddings);
        }

        var embeddingInput = inputs["EmbeddingFeatureInput"].Fields!.Items.ToDictionary(f => f.Name.StringValue, f => f.Type is GraphQLNonNullType);
        Assert.All(Assert.Single(SchemaFields.All, f => f.Kind == SchemaFieldKind.Embeddings).Parts, p => Assert.Equal(embeddingInput[p.GraphQLName], p.IsRequired));
        Assert.Null(SchemaFields.Find("PredictionId"));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
