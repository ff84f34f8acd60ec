using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Domain.Sales;

namespace KnowledgePay.Application.Sales.Queries.GetSales;

public static class SaleQuerySchema
{
    public static FilterSchema<Sale> Filter { get; } = new FilterSchema<Sale>("Sale")
        .Field("offerId", s => s.OfferId, FilterValueKind.Id, "The course, bundle or plan on sale.")
        .Field("kind", s => s.Kind, FilterValueKind.Enum, "Limited-time price or flash sale.")
        .Field("startsAt", s => s.StartsAt, FilterValueKind.DateTime)
        .Field("endsAt", s => s.EndsAt, FilterValueKind.DateTime, "With gt: now, the sales not yet over (unless ended early).")
        .Field("setByUserId", s => s.SetByUserId, FilterValueKind.Id, "Who set it.");

    public static SortSchema<Sale> Sort { get; } = new SortSchema<Sale>("Sale")
        .Field("startsAt", s => s.StartsAt)
        .Field("endsAt", s => s.EndsAt)
        .Field("createdAt", s => s.CreatedAt, "Newest first with DESC.");

    public static IReadOnlyList<SortField> DefaultOrder { get; } = [new("createdAt", SortDirection.Descending)];
}
