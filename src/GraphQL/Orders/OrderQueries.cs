using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Orders.Queries.GetLedgerSummary;
using KnowledgePay.Application.Orders.Queries.GetMyOrders;
using KnowledgePay.Application.Orders.Queries.GetOrder;
using KnowledgePay.Application.Orders.Queries.GetOrders;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Filtering;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Paging;
using KnowledgePay.GraphQL.Conventions.Sorting;

namespace KnowledgePay.GraphQL.Orders;

internal static class OrderQueries
{
    public static void AddTo(ObjectGraphType<object?> query, FilterInputTypes filters, SortInputTypes sorts)
    {
        query.ConnectionField<object?, OrderGraphType, OrderDto>(
                "myOrders", (filters, OrderQuerySchema.MyOrdersFilter), (sorts, OrderQuerySchema.Sort))
            .Description("Signed-in users: their own orders, newest first unless ordered otherwise.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetMyOrdersQuery(ctx.ToQueryContext<OrderDto>(OrderQuerySchema.MyOrdersFilter))));

        query.Field<OrderGraphType>("order")
            .Description("One order by id, for its buyer or an admin; null for anyone else, as for a missing one.")
            .Argument<NonNullGraphType<IdGraphType>>("id", arg =>
            {
                arg.Description = "The order's global id.";
                arg.ParseValue(GlobalId.ParserFor(OrderGraphType.TypeName));
            })
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetOrderQuery(ctx.GetArgument<Guid>("id"))));

        query.ConnectionField<object?, OrderGraphType, OrderDto>(
                "orders", (filters, OrderQuerySchema.Filter), (sorts, OrderQuerySchema.Sort))
            .Description("Admins: every order, newest first unless ordered otherwise; filter needsReview: { eq: true } for "
                + "the ones waiting for an operator.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(
                new GetOrdersQuery(ctx.ToQueryContext<OrderDto>(OrderQuerySchema.Filter))));

        query.Field<NonNullGraphType<PaymentsLedgerGraphType>>("paymentsLedger")
            .Description("Admins: money in and out by the payments ledger, and every order whose ledger entries disagree with it.")
            .ResolveAsync(async ctx => await ctx.SendQueryAsync(new GetLedgerSummaryQuery()));
    }
}
