using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Sharing;

namespace KnowledgePay.Application.Sharing.Queries.GetMyShares;

/// <summary>myShares pages newest share first and offers no filter or other order.</summary>
internal static class MySharesQuerySchema
{
    public static FilterSchema<Share> Filter { get; } = new("MyShare");

    public static SortSchema<Share> Sort { get; } = new SortSchema<Share>("MyShare").Field("createdAt", s => s.CreatedAt);

    public static IReadOnlyList<SortField> NewestFirst { get; } = [new("createdAt", SortDirection.Descending)];
}
