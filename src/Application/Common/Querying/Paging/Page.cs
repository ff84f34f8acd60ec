namespace KnowledgePay.Application.Common.Querying.Paging;

public sealed record Edge<T>(T Node, string Cursor);

/// <summary>One window of a list; <see cref="TotalCount"/> is only counted when the caller asked for it.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
    : IPageInfo
{
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}
