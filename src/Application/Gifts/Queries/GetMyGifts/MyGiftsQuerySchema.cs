using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Gifts;

namespace KnowledgePay.Application.Gifts.Queries.GetMyGifts;

/// <summary>myGifts pages newest gift first and offers no filter or other order.</summary>
internal static class MyGiftsQuerySchema
{
    public static FilterSchema<Gift> Filter { get; } = new("MyGift");

    public static SortSchema<Gift> Sort { get; } = new SortSchema<Gift>("MyGift").Field("createdAt", g => g.CreatedAt);

    public static IReadOnlyList<SortField> NewestFirst { get; } = [new("createdAt", SortDirection.Descending)];
}
