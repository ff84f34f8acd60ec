using GraphQL.Types;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Application.Sales.Queries.GetSales;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Sales;

internal static class SalesQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts) =>
        query.ConnectionField<object?, SaleGraphType, SaleDto>("sales", (filters, SaleQuerySchema.Filter), (sorts, SaleQuerySchema.Sort))
            .Description("Admins: every limited-time price and flash sale, past, running and scheduled, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetSalesQuery(ctx.ToQueryContext<SaleDto>(SaleQuerySchema.Filter))));
}
