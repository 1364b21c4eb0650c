using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using TableImport.Emulator.Model;
using TableImport.Emulator.State;

namespace TableImport.Emulator.GraphQL;

/// <summary>
/// Builds the served schema from the SDL of the picture served (<see cref="ServedSchema"/>), so what the emulator serves
/// is the shared contract by construction. Only fields that need logic get a resolver; every other field is read by
/// name from the objects: the emulator's records, and the public definition types, whose properties are the fields'
/// names.
/// </summary>
internal static class EmulatorSchema
{
    /// <summary>The page size of <c>tableJobs</c> when <c>first</c> is left out [inf].</summary>
    internal const int DefaultPageSize = 50;

    public static ISchema Create(JobStore store, string sdl)
    {
        var schema = Schema.For(sdl, builder =>
        {
            builder.Types.For("Space").IsTypeOf<Space>();
            builder.Types.For("TableImportJob").IsTypeOf<TableImportJob>();

            Resolve(builder, "Query", "node", ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                var job = store.FindNode(id);
                if (job is not null)
                {
                    return job;
                }

                // An id shaped like a job's node id that names no job is no space either: Relay answers null.
                return GlobalIds.TryParseJob(id, out _) ? null : new Space(id);
            });

            Resolve(builder, "Space", "tableJobs", ctx => store.ListJobs(
                ((Space)ctx.Source!).Id, ctx.GetArgument<int?>("first") ?? DefaultPageSize, ctx.GetArgument<string?>("after"), ctx.GetArgument<string?>("search")));

            Resolve(builder, "TableImportJob", "queries", ctx =>
                store.ListQueries(((TableImportJob)ctx.Source!).JobId, ctx.GetArgument<int>("first"), ctx.GetArgument<string?>("after")));

            // The input takes minutes and hours; third-party clients read seconds [3p].
            Resolve(builder, "TableIngestionParameters", "refreshIntervalSeconds", ctx => IngestionParameters.RefreshIntervalSeconds((TableIngestionParameters)ctx.Source!));
            Resolve(builder, "TableIngestionParameters", "queryWindowSizeSeconds", ctx => IngestionParameters.QueryWindowSizeSeconds((TableIngestionParameters)ctx.Source!));

            JobMutations.Register(builder, store);
        });

        return schema;
    }

    /// <summary>
    /// Gives <paramref name="type"/>.<paramref name="field"/> a resolver. What the store refuses is answered as GraphQL.NET
    /// answers an <see cref="ExecutionError"/>: in the top-level errors, with the store's code and message.
    /// </summary>
    internal static void Resolve(SchemaBuilder builder, string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object?>(ctx =>
        {
            try
            {
                return resolve(ctx);
            }
            catch (EmulatorStoreException refused)
            {
                // Not chained to the store's exception: GraphQL.NET would add codes derived from it to extensions.codes.
                throw new ExecutionError(refused.Message) { Code = refused.Code };
            }
        });
}
