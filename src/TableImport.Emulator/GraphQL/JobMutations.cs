using GraphQL;
using GraphQL.Utilities;
using TableImport.Emulator.Model;
using TableImport.Emulator.State;
using TableImport.Emulator.Validation;

namespace TableImport.Emulator.GraphQL;

/// <summary>The resolvers of the mutations: each reads its input, judges what it must, and asks the store.</summary>
internal static class JobMutations
{
    public static void Register(SchemaBuilder builder, JobStore store)
    {
        EmulatorSchema.Resolve(builder, "Mutation", "createTableImportJob", ctx => CreateJob(store, Input(ctx), eventBased: false));
        EmulatorSchema.Resolve(builder, "Mutation", "createTriggeredOngoingTableImportJob", ctx => CreateJob(store, Input(ctx), eventBased: true));

        EmulatorSchema.Resolve(builder, "Mutation", "createTriggeredOngoingTableRun", ctx =>
        {
            var input = Input(ctx);
            var (job, query) = store.TriggerRun(JobId(input), Instant(input, "queryStart"), Instant(input, "queryEnd"));
            return new CreateTriggeredOngoingTableRunPayload(InputReader.Str(input, "clientMutationId"), job, query);
        });

        EmulatorSchema.Resolve(builder, "Mutation", "pauseTableImportJob", ctx => JobPayload(Input(ctx), store.Pause));
        EmulatorSchema.Resolve(builder, "Mutation", "startTableImportJob", ctx => JobPayload(Input(ctx), store.Start));
        EmulatorSchema.Resolve(builder, "Mutation", "deleteTableImportJob", ctx => JobPayload(Input(ctx), store.Delete));

        EmulatorSchema.Resolve(builder, "Mutation", "updateTableIngestionParameters", ctx =>
        {
            var input = Input(ctx);
            var parameters = InputReader.ReadParameters(InputReader.Obj(input, "tableIngestionParameters"));
            return JobPayload(input, id => store.Update(id, job => Updated(job, null, [], parameters)));
        });

        EmulatorSchema.Resolve(builder, "Mutation", "updateTableImportJob", ctx =>
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
                updated = modelVersion is null ? updated : updated with { Definition = updated.Definition.With(d => d.ModelVersion = modelVersion) };
                return status is null ? updated : store.WithStatus(updated, status);
            }));
        });
    }

    private static CreateTableImportJobPayload CreateJob(JobStore store, IDictionary<string, object?> raw, bool eventBased)
    {
        var request = InputReader.ReadCreateInput(raw, eventBased);
        var space = string.IsNullOrWhiteSpace(request.SpaceId) ? null : new Space(request.SpaceId);
        var validation = JobValidator.Validate(request);
        validation = store.Warehouse?.Check(request.Definition, validation) ?? validation;
        if (validation.ValidationStatus != ValidationResult.Passed.ValidationStatus || request.DryRun)
        {
            return new CreateTableImportJobPayload(request.ClientMutationId, null, space, validation);
        }

        return new CreateTableImportJobPayload(request.ClientMutationId, store.Create(request.SpaceId, request.Definition), space, validation);
    }

    /// <summary>An update replaces the schema when one is sent and merges the parameters sent; it must still validate.</summary>
    private static TableImportJob Updated(TableImportJob job, TableImportSchema? schema, IReadOnlyList<string> problems, TableIngestionParameters? parameters)
    {
        var definition = job.Definition.With(d =>
        {
            d.Schema = schema ?? job.Schema;
            d.TableIngestionParameters = IngestionParameters.Apply(parameters, job.TableIngestionParameters);
        });
        if (JobValidator.CheckUpdate(definition, problems) is { } problem)
        {
            throw new EmulatorStoreException(problem.Code, problem.Message);
        }

        return job with { Definition = definition };
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
}
