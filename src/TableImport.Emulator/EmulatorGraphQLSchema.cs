namespace TableImport.Emulator;

/// <summary>
/// Which picture of the Table Importer API an emulator serves (<see cref="EmulatorOptions.GraphQLSchema"/>,
/// <c>--graphql-schema</c>). Both come from the one schema file, docs/api/schema.graphql, whose input fields carry
/// evidence tags; docs/emulator.md lists what each serves.
/// </summary>
public enum EmulatorGraphQLSchema
{
    /// <summary>
    /// Everything the schema file describes: the seed's documents, every field third-party clients use (also the ones no
    /// client can have seen work) and the emulator's own choices where Arize's schema is unknown. The default.
    /// </summary>
    Known,

    /// <summary>
    /// Only what has evidence of working against the live API: the file without its input fields tagged
    /// <c>[3p-unexercised]</c> or <c>[inf]</c> (so no <c>jobStatus</c> or <c>modelVersion</c> on <c>updateTableImportJob</c>,
    /// no <c>clientMutationId</c> on an input), and a mutation's <c>jobId</c> names a job by its <c>jobId</c> only. A
    /// document that uses what it lacks is refused as a GraphQL server refuses it: a validation error naming the field.
    /// </summary>
    Proven,
}
