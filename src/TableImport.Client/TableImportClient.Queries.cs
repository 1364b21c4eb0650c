using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using TableImport.Client.Wire;

namespace TableImport.Client;

/// <summary>The queries: listing, finding and getting jobs, and a job's queries, every connection paged by one loop.</summary>
public sealed partial class TableImportClient
{
    /// <summary>Every job of the space (<c>tableJobs</c>), page after page until the last, deleted ones included.</summary>
    /// <remarks>
    /// A job with a model type, environment, table store or status this client does not know (made in the UI, or a value
    /// Arize added later) is skipped with a warning naming the job and the value, so one such job does not hide the others.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <exception cref="TableImportException">A call failed, a job came without its ids, or the server's paging went in a circle.</exception>
    public async IAsyncEnumerable<TableImportJobInfo> ListJobsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const TableImportOperation operation = TableImportOperation.ListJobs;
        await foreach (var job in SpaceJobNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (TableImportJobMapper.UnknownValue(job, Redact) is { } unknown)
            {
                Log.SkippedJob(logger, operation.Name(), Redact(job.JobId!), unknown);
                continue;
            }

            yield return TableImportJobMapper.ToInfo(job, operation.Name(), Redact);
        }
    }

    /// <summary>The space's jobs as the server sends them, page after page, each with its ids.</summary>
    private async IAsyncEnumerable<JobDto> SpaceJobNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        const TableImportOperation operation = TableImportOperation.ListJobs;
        var spaceId = RequireSpaceId(operation);
        var pages = PagesAsync(
            operation,
            (body, first, after) => TableImportRequestWriter.WriteNodeQuery(body, operation, Names.SpaceId, spaceId, first, after),
            TableImportJsonContext.Default.GraphQLResponseNodeDataSpaceNode,
            data => data.Node?.TableJobs,
            options.PageSize,
            cancellationToken);
        await foreach (var job in pages.ConfigureAwait(false))
        {
            TableImportJobMapper.RequireIds(job, operation.Name());
            yield return job;
        }
    }

    /// <summary>
    /// One job of the space by its <see cref="TableImportJobInfo.JobId"/> (or its node id), or null when the space has no
    /// such job. Asks <c>tableJobs(search: $jobId)</c>, as a third-party client of the live API does, and keeps only the job
    /// whose ids equal <paramref name="jobId"/>: the server's search may also match model names that contain the text. A
    /// server whose <c>tableJobs</c> takes no <c>search</c> is answered by paging through the space's jobs instead (from
    /// then on, for this client); a debug log line says which form found the job.
    /// </summary>
    /// <param name="jobId">The job's job id, or its node id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">The call failed, or the job has a value this client does not know (the message names it).</exception>
    public async Task<TableImportJobInfo?> FindJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(jobId);
        if (!searchUnsupported)
        {
            try
            {
                var found = await SearchAsync(jobId, cancellationToken).ConfigureAwait(false);
                Log.FoundBy(logger, TableImportOperation.FindJob.Name(), "tableJobs(search:)", found is not null);
                return found;
            }
            catch (TableImportException ex) when (ex.AnsweredWithErrors && NamesField(ex.ServerMessages, "search"))
            {
                searchUnsupported = true;
            }
        }

        // The jobs as sent, not ListJobsAsync's: a job with a value this client does not know is an error here, as it is
        // when the search finds it, not a job the space seems not to have.
        var operation = TableImportOperation.ListJobs.Name();
        await foreach (var job in SpaceJobNodesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (job.JobId == jobId || job.Id == jobId)
            {
                Log.FoundBy(logger, operation, "paging through tableJobs (this server's tableJobs takes no search)", true);
                return TableImportJobMapper.ToInfo(job, TableImportOperation.FindJob.Name(), Redact);
            }
        }

        Log.FoundBy(logger, operation, "paging through tableJobs (this server's tableJobs takes no search)", false);
        return null;
    }

    private async Task<TableImportJobInfo?> SearchAsync(string jobId, CancellationToken cancellationToken)
    {
        const TableImportOperation operation = TableImportOperation.FindJob;
        var spaceId = RequireSpaceId(operation);
        // The third-party client asks for one; when that one is another job, the rest come a page at a time.
        var pages = PagesAsync(
            operation,
            (body, first, after) => TableImportRequestWriter.WriteNodeQuery(body, operation, Names.SpaceId, spaceId, after is null ? 1 : first, after, search: jobId),
            TableImportJsonContext.Default.GraphQLResponseNodeDataSpaceNode,
            data => data.Node?.TableJobs,
            options.PageSize,
            cancellationToken);
        await foreach (var job in pages.ConfigureAwait(false))
        {
            if (job.JobId == jobId || job.Id == jobId)
            {
                return TableImportJobMapper.ToInfo(job, operation.Name(), Redact);
            }
        }

        return null;
    }

    /// <summary>One job by its global node id (<see cref="TableImportJobInfo.Id"/>), or null when there is no such job.</summary>
    /// <param name="id">The job's node id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">The call failed, or the job has a value this client does not know (the message names it).</exception>
    public async Task<TableImportJobInfo?> GetJobAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        const TableImportOperation operation = TableImportOperation.GetJob;
        var body = new ArrayBufferWriter<byte>(1024);
        TableImportRequestWriter.WriteNodeQuery(body, operation, Names.Id, id, null, null);
        var data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseNodeDataJobDto, cancellationToken).ConfigureAwait(false);
        // A node that is not a job answers {} to the fragment: no id.
        return data.Node is { Id: not null } job ? TableImportJobMapper.ToInfo(job, operation.Name(), Redact) : null;
    }

    /// <summary>Every query (run) of a job, oldest first, every page followed, with the server's total count.</summary>
    /// <param name="id">The job's node id (<see cref="TableImportJobInfo.Id"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">There is no job with that id.</exception>
    public async Task<TableImportQueryList> ListQueriesAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        const TableImportOperation operation = TableImportOperation.ListQueries;
        var queries = new List<TableImportQueryInfo>();
        var totalCount = 0;
        var pages = PagesAsync(
            operation,
            (body, first, after) => TableImportRequestWriter.WriteNodeQuery(body, operation, Names.Id, id, first, after),
            TableImportJsonContext.Default.GraphQLResponseNodeDataJobQueriesNode,
            data => data.Node?.Queries
                ?? throw new TableImportException(operation.Name(), TableImportException.Describe(operation.Name(), $"no table import job has the id '{id}'", null, null)),
            options.PageSize,
            cancellationToken,
            page => totalCount = page.TotalCount);
        await foreach (var query in pages.ConfigureAwait(false))
        {
            queries.Add(TableImportJobMapper.ToInfo(query, operation.Name()));
        }

        return new TableImportQueryList(totalCount, queries);
    }

    /// <summary>
    /// What the server's schema says of the client's extras (<see cref="TableImportServerSupport"/>), by one introspection
    /// query; null when the server refuses introspection, as many production GraphQL servers do.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="TableImportException">The call failed for another reason than refused introspection (the server is unreachable, say).</exception>
    public async Task<TableImportServerSupport?> GetServerSupportAsync(CancellationToken cancellationToken = default)
    {
        const TableImportOperation operation = TableImportOperation.ServerSupport;
        var body = new ArrayBufferWriter<byte>(512);
        TableImportRequestWriter.WriteQuery(body, operation);
        IntrospectionData data;
        try
        {
            data = await SendAsync(operation, body.WrittenMemory, TableImportJsonContext.Default.GraphQLResponseIntrospectionData, cancellationToken).ConfigureAwait(false);
        }
        catch (TableImportException ex) when (ex.AnsweredWithErrors)
        {
            // A GraphQL answer with errors and no schema: introspection is off.
            return null;
        }

        if (data.Schema?.Types is not { } types)
        {
            return null;
        }

        var byName = types.Where(t => t.Name is not null).ToDictionary(t => t.Name!, StringComparer.Ordinal);
        var update = data.Schema.MutationType?.Fields?.FirstOrDefault(f => f.Name == "updateTableImportJob");
        var input = update?.Args?.FirstOrDefault(a => a.Name == "input")?.Type;
        while (input is { Name: null, OfType: not null })
        {
            input = input.OfType;
        }

        var takesModelVersion = input?.Name is { } inputType && byName.TryGetValue(inputType, out var inputDefinition)
            && inputDefinition.InputFields?.Any(f => f.Name == "modelVersion") == true;
        var tableJobs = byName.TryGetValue("Space", out var space) ? space.Fields?.FirstOrDefault(f => f.Name == "tableJobs") : null;
        var takesSearch = tableJobs?.Args?.Any(a => a.Name == "search") == true;
        return new TableImportServerSupport(takesModelVersion, takesSearch);
    }

    /// <summary>
    /// The nodes of a Relay connection, page after page: <paramref name="write"/> writes the request for a page size and
    /// the cursor after which it starts (null for the first), <paramref name="connection"/> picks the connection out of
    /// the answer (null: there is none, the listing ends). A server that says there is another page but gives no
    /// cursor, or one it gave before, would make the loop endless: that is an error.
    /// </summary>
    private async IAsyncEnumerable<TNode> PagesAsync<TData, TNode>(
        TableImportOperation operation,
        Action<ArrayBufferWriter<byte>, int, string?> write,
        JsonTypeInfo<GraphQLResponse<TData>> typeInfo,
        Func<TData, Connection<TNode>?> connection,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken,
        Action<Connection<TNode>>? onPage = null)
        where TData : class
        where TNode : class
    {
        var name = operation.Name();
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var body = new ArrayBufferWriter<byte>(1024);
            write(body, pageSize, after);
            var data = await SendAsync(operation, body.WrittenMemory, typeInfo, cancellationToken).ConfigureAwait(false);
            if (connection(data) is not { } page)
            {
                yield break;
            }

            onPage?.Invoke(page);
            foreach (var edge in page.Edges ?? [])
            {
                if (edge.Node is { } node)
                {
                    yield return node;
                }
            }

            if (page.PageInfo is not { HasNextPage: true } pageInfo)
            {
                yield break;
            }

            if (pageInfo.EndCursor is not { } cursor)
            {
                throw new TableImportException(name, TableImportException.Describe(name, "the server said hasNextPage but gave no endCursor; stopped rather than loop", null, null));
            }

            if (!cursors.Add(cursor))
            {
                throw new TableImportException(name, TableImportException.Describe(name, $"the server repeated cursor '{Redact(cursor)}' with hasNextPage true; stopped rather than loop", null, null));
            }

            after = cursor;
        }
    }
}
