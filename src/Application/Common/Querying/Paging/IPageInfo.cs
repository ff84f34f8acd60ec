namespace KnowledgePay.Application.Common.Querying.Paging;

/// <summary>The position of a page, independent of its item type.</summary>
public interface IPageInfo
{
    bool HasNextPage { get; }

    bool HasPreviousPage { get; }

    string? StartCursor { get; }

    string? EndCursor { get; }
}
