using System.Text.Json;
using GraphQLParser;
using GraphQLParser.AST;

namespace TableImport.Client.Tests;

/// <summary>
/// Every request body the client can send, produced by the client's own code, never copied by hand: each public
/// operation called once against the emulator (so every operation name appears), and the request writer's variants
/// whose documents differ by what they send (every combination of update fields; the event-based create for every store,
/// model type and environment, with and without its optional values; triggered runs).
/// </summary>
internal static class SentRequests
{
    /// <summary>Calls every public operation of the client against a fresh emulator and returns what went over the wire.</summary>
    public static async Task<IReadOnlyList<SentRequest>> FromEveryOperationAsync()
    {
        await using var harness = await EmulatorHarness.StartAsync(o => o.PageSize = 1);
        var client = harness.Client;
        var ct = Test.Timeout;

        Assert.True((await client.DryRunAsync(SeedJobs.ScoredTransaction(), ct)).Passed);
        var job = await client.CreateJobAsync(SeedJobs.ScoredTransaction(), ct);
        await client.CreateJobAsync(SeedJobs.ScoredTransaction("second"), ct);
        Assert.Equal(2, (await EndToEndTests.ToListAsync(client.ListJobsAsync(ct))).Count);
        Assert.NotNull(await client.GetJobAsync(job.Id, ct));
        Assert.NotNull(await client.FindJobAsync(job.JobId, ct));
        await client.ListQueriesAsync(job.Id, ct);
        await client.PauseJobAsync(job.JobId, ct);
        await client.StartJobAsync(job.JobId, ct);
        await client.UpdateIngestionParametersAsync(job.JobId, new TableIngestionParameters { RefreshIntervalMinutes = 30 }, ct);
        await client.UpdateJobAsync(job.JobId, SeedJobs.ScoredTransaction().Schema, null, ct);
        await client.UpdateJobAsync(job.JobId, new TableImportJobUpdate { JobStatus = JobStatus.Inactive, ModelVersion = "v2" }, ct);
        await client.DeleteJobAsync(job.JobId, ct);
        var eventBased = await client.CreateEventBasedJobAsync(SeedJobs.SnowflakeEventBased(), ct);
        Assert.Equal(new TableImportServerSupport(UpdateTakesModelVersion: true, TableJobsTakesSearch: true), await client.GetServerSupportAsync(ct));
        await client.TriggerRunAsync(eventBased.JobId, DateTimeOffset.Parse("2024-08-20T01:00:00Z"), DateTimeOffset.Parse("2024-08-20T23:00:00Z"), ct);

        return harness.Recorder.Requests.Select(r => new SentRequest(r.Body)).ToList();
    }

    /// <summary>
    /// The writer's variants (<see cref="TableImportRequestCatalog"/>, the enumeration <c>tableimport doctor</c> checks too),
    /// with the seed's jobs and <paramref name="jobId"/> and <paramref name="eventJobId"/> where a job is named.
    /// </summary>
    public static IEnumerable<SentRequest> WriterVariants(string jobId = "job", string eventJobId = "event-job", string spaceId = "space_id") =>
        TableImportRequestCatalog.Every(SeedJobs.ScoredTransaction(), SeedJobs.SnowflakeEventBased(), spaceId, jobId, eventJobId)
            .Select(r => new SentRequest(r.Body));
}

/// <summary>One request body, with its GraphQL document parsed.</summary>
internal sealed class SentRequest
{
    public SentRequest(string body)
    {
        Body = body;
        using var json = JsonDocument.Parse(body);
        OperationName = json.RootElement.GetProperty("operationName").GetString()!;
        Query = json.RootElement.GetProperty("query").GetString()!;
        Variables = json.RootElement.GetProperty("variables").EnumerateObject().Select(p => p.Name).ToList();
        Document = Parser.Parse(Query);
    }

    public string Body { get; }

    public string OperationName { get; }

    public string Query { get; }

    /// <summary>The names of the variables the body carries.</summary>
    public IReadOnlyList<string> Variables { get; }

    public GraphQLDocument Document { get; }

    public GraphQLOperationDefinition Operation => Document.Definitions.OfType<GraphQLOperationDefinition>().Single();

    /// <summary>Every type the document names: variable types (inside lists and non-nulls) and fragment type conditions.</summary>
    public IEnumerable<string> TypeNames()
    {
        foreach (var definition in Document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    foreach (var variable in operation.Variables?.Items ?? [])
                    {
                        yield return Named(variable.Type);
                    }

                    foreach (var name in Conditions(operation.SelectionSet))
                    {
                        yield return name;
                    }

                    break;
                case GraphQLFragmentDefinition fragment:
                    yield return fragment.TypeCondition.Type.Name.StringValue;
                    foreach (var name in Conditions(fragment.SelectionSet))
                    {
                        yield return name;
                    }

                    break;
            }
        }
    }

    /// <summary>The declared variables, each with whether its type is non-null.</summary>
    public IEnumerable<(string Name, bool Required)> DeclaredVariables() =>
        (Operation.Variables?.Items ?? []).Select(v => (v.Variable.Name.StringValue, v.Type is GraphQLNonNullType));

    /// <summary>The fields directly in the selection of the root field aliased <c>result</c> (every mutation).</summary>
    public IReadOnlyList<string> ResultFields() => FieldsOf(Root("result").SelectionSet);

    /// <summary>The fields directly in the selection of <paramref name="path"/>, followed from the root field aliased <c>result</c>.</summary>
    public IReadOnlyList<string> ResultFields(params string[] path)
    {
        var field = Root("result");
        foreach (var name in path)
        {
            field = field.SelectionSet!.Selections.OfType<GraphQLField>().Single(f => f.Name.StringValue == name);
        }

        return FieldsOf(field.SelectionSet);
    }

    internal static IReadOnlyList<string> FieldsOf(GraphQLSelectionSet? set) =>
        (set?.Selections ?? []).OfType<GraphQLField>().Select(f => f.Name.StringValue).ToList();

    private GraphQLField Root(string alias) =>
        Operation.SelectionSet.Selections.OfType<GraphQLField>().Single(f => f.Alias?.Name.StringValue == alias);

    private static IEnumerable<string> Conditions(GraphQLSelectionSet? set)
    {
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLInlineFragment inline:
                    if (inline.TypeCondition is { } condition)
                    {
                        yield return condition.Type.Name.StringValue;
                    }

                    foreach (var name in Conditions(inline.SelectionSet))
                    {
                        yield return name;
                    }

                    break;
                case GraphQLField field:
                    foreach (var name in Conditions(field.SelectionSet))
                    {
                        yield return name;
                    }

                    break;
            }
        }
    }

    private static string Named(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Named(nonNull.Type),
        GraphQLListType list => Named(list.Type),
        GraphQLNamedType named => named.Name.StringValue,
        _ => throw new NotSupportedException(type.GetType().Name),
    };
}
