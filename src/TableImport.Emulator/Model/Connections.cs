namespace TableImport.Emulator.Model;

/// <summary>A Relay connection page.</summary>
internal sealed record Connection<T>(int TotalCount, IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo);

/// <summary>A Relay edge.</summary>
internal sealed record Edge<T>(string Cursor, T Node);

/// <summary>Relay page information.</summary>
internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
