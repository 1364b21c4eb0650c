using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using TableImport.Emulator.State;
using TableImport.Emulator.Validation;

namespace TableImport.Emulator.GraphQL;

// Inside the namespace so these win over TableImport's definition types of the same names.
using TableImport.Emulator.Model;

/// <summary>
/// Builds the served schema from docs/api/schema.graphql (embedded), so what the emulator serves is the shared
/// contract by construction. Only fields that need logic get a resolver; every other field is read by name from the
/// model records.
/// </summary>
internal static class EmulatorSchema
{
    /// <summary>The page size of <c>tableJobs</c> when <c>first</c> is left out [inf].</summary>
    internal const int DefaultPageSize = 50;

    /// <summary>Builds the schema; <paramref name="editSdl"/>, when given, changes the SDL first (see <see cref="EmulatorOptions.EditSchema"/>).</summary>
    public static ISchema Create(JobStore store, Func<string, string>? editSdl = null)
    {
        var sdl = ReadSdl();
        var schema = Schema.For(editSdl is null ? sdl : editSdl(sdl), builder =>
        {
            builder.Types.For("Space").IsTypeOf<Space>();
            builder.Types.For("TableImportJob").IsTypeOf<TableImportJob>();

            Resolve(builder, "Query", "node", ctx =>
            {
                var id = ctx.GetArgument<string>("id");
                var job = store.Find(id);
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

            Resolve(builder, "Mutation", "createTableImportJob", ctx => CreateJob(store, Input(ctx), eventBased: false));
            Resolve(builder, "Mutation", "createTriggeredOngoingTableImportJob", ctx => CreateJob(store, Input(ctx), eventBased: true));

            Resolve(builder, "Mutation", "createTriggeredOngoingTableRun", ctx =>
            {
                var input = Input(ctx);
                var (job, query) = store.TriggerRun(JobId(input), Instant(input, "queryStart"), Instant(input, "queryEnd"));
                return new CreateTriggeredOngoingTableRunPayload(InputReader.Str(input, "clientMutationId"), job, query);
            });

            Resolve(builder, "Mutation", "pauseTableImportJob", ctx => JobPayload(Input(ctx), store.Pause));
            Resolve(builder, "Mutation", "startTableImportJob", ctx => JobPayload(Input(ctx), store.Start));
            Resolve(builder, "Mutation", "deleteTableImportJob", ctx => JobPayload(Input(ctx), store.Delete));

            Resolve(builder, "Mutation", "updateTableIngestionParameters", ctx =>
            {
                var input = Input(ctx);
                var parameters = InputReader.ReadParameters(InputReader.Obj(input, "tableIngestionParameters"));
                return JobPayload(input, id => store.Update(id, job => Updated(job, null, [], parameters)));
            });

            Resolve(builder, "Mutation", "updateTableImportJob", ctx =>
            {
                var input = Input(ctx);
                var problems = new List<string>();
                var schemaInput = InputReader.Obj(input, "schema");
                var newSchema = schemaInput is null ? null : InputReader.ReadSchema(schemaInput, problems);
                var parameters = InputReader.ReadParameters(InputReader.Obj(input, "tableIngestionParameters"));
                var status = InputReader.Str(input, "jobStatus");
                var modelVersion = InputReader.Str(input, "modelVersion");
                return JobPayload(input, id => store.Update(id, job =>
                {
                    var updated = Updated(job, newSchema, problems, parameters);
                    updated = modelVersion is null ? updated : updated with { ModelVersion = modelVersion };
                    return status is null ? updated : store.WithStatus(updated, status);
                }));
            });
        });

        return schema;
    }

    private static CreateTableImportJobPayload CreateJob(JobStore store, IDictionary<string, object?> raw, bool eventBased)
    {
        var input = InputReader.ReadCreateInput(raw);
        var space = string.IsNullOrWhiteSpace(input.SpaceId) ? null : new Space(input.SpaceId);
        var validation = JobValidator.Validate(input, eventBased);
        validation = store.Warehouse?.Check(input, validation) ?? validation;
        if (validation.ValidationStatus != ValidationResult.Passed.ValidationStatus || input.DryRun)
        {
            return new CreateTableImportJobPayload(input.ClientMutationId, null, space, validation);
        }

        return new CreateTableImportJobPayload(input.ClientMutationId, store.Create(input, eventBased), space, validation);
    }

    /// <summary>An update replaces the schema when one is sent and merges the parameters sent; it must still validate.</summary>
    private static TableImportJob Updated(TableImportJob job, TableImportSchema? schema, IReadOnlyList<string> problems, IngestionParametersInput? parameters)
    {
        var updated = job with
        {
            Schema = schema ?? job.Schema,
            TableIngestionParameters = parameters?.ApplyTo(job.TableIngestionParameters) ?? job.TableIngestionParameters,
        };
        if (JobValidator.CheckUpdate(job, updated.Schema, updated.TableIngestionParameters, problems) is { } problem)
        {
            throw new ExecutionError(problem.Message) { Code = problem.Code };
        }

        return updated;
    }

    private static TableImportJobPayload JobPayload(IDictionary<string, object?> input, Func<string, TableImportJob> action) =>
        new(InputReader.Str(input, "clientMutationId"), action(JobId(input)));

    private static IDictionary<string, object?> Input(IResolveFieldContext ctx) => ctx.GetArgument<Dictionary<string, object?>>("input");

    private static string JobId(IDictionary<string, object?> input) => InputReader.Str(input, "jobId") ?? "";

    private static DateTimeOffset Instant(IDictionary<string, object?> input, string key) => input[key] switch
    {
        DateTime { Kind: DateTimeKind.Unspecified } value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
        DateTime value => new DateTimeOffset(value.ToUniversalTime()),
        DateTimeOffset value => value,
        var other => throw new ExecutionError($"{key}: '{other}' is not a DateTime") { Code = "INVALID_VALUE" },
    };

    private static void Resolve(SchemaBuilder builder, string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object?>(resolve);

    private static string ReadSdl()
    {
        using var stream = typeof(EmulatorSchema).Assembly.GetManifestResourceStream("TableImport.Emulator.schema.graphql")
            ?? throw new InvalidOperationException("The embedded schema.graphql is missing from the emulator assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
