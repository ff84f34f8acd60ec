using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Application.Offers.Queries.GetOffers;

/// <summary>What offer lists may be filtered and sorted by.</summary>
public static class OfferQuerySchema
{
    public static FilterSchema<Offer> Filter { get; } = new FilterSchema<Offer>("Offer")
        .Field("id", o => o.Id, FilterValueKind.Id)
        .Field("kind", o => o.Kind, FilterValueKind.Enum, "Bundle or membership plan.")
        .Field("title", o => o.Title, FilterValueKind.String)
        .Field("listPrice", o => o.ListPrice.AmountFen, FilterValueKind.Long, "List price in fen (1/100 CNY).")
        .Field("isOnSale", o => o.IsOnSale, FilterValueKind.Boolean)
        .Field("isSeries", o => o.IsSeries, FilterValueKind.Boolean)
        .Field("creatorId", o => o.CreatorId, FilterValueKind.Id, "The creator whose bundle it is.")
        .Field("createdAt", o => o.CreatedAt, FilterValueKind.DateTime);

    public static SortSchema<Offer> Sort { get; } = new SortSchema<Offer>("Offer")
        .Field("title", o => o.Title)
        .Field("listPrice", o => o.ListPrice.AmountFen)
        .Field("createdAt", o => o.CreatedAt, "Newest first with DESC.");

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];
}
