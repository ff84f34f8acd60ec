using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Orders.Queries.GetOrder;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.Conventions.Projection;
using KnowledgePay.GraphQL.DataLoading;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class OrderGraphType : ObjectGraphType<OrderDto>
{
    public const string TypeName = "Order";

    public OrderGraphType()
    {
        Description = "A learner's order of one or more lines (courses, bundles, plans): placed, paid through WeChat Pay, possibly refunded, or closed unpaid.";
        this.ImplementNode(TypeName, o => o.Id, (ctx, id) => DataLoaderResults.Deferred(() => ctx.SendQueryAsync(new GetOrderQuery(id))));
        Field("number", o => o.OutTradeNo).Description("The order number WeChat Pay knows it by (out_trade_no).")
            .Projects(nameof(OrderDto.OutTradeNo));
        Field(o => o.Title).Description("The first line's title when the order was placed, and how many more (the payer's bill).");
        Field<NonNullGraphType<OrderStatusGraphType>>("status")
            .Description("Where the order stands.")
            .Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrderLineGraphType>>>>("lines")
            .Description("What was bought, each line with its price steps as charged.")
            .Resolve(ctx => ctx.Source.Lines.OrderBy(l => l.Position));
        Field<NonNullGraphType<MoneyGraphType>>("amount")
            .Description("The price charged, fixed when the order was placed.")
            .Resolve(ctx => new MoneyValue(ctx.Source.AmountFen, ctx.Source.Currency))
            .Projects(nameof(OrderDto.AmountFen), nameof(OrderDto.Currency));
        Field(o => o.CreatedAt).Description("When the order was placed.");
        Field(o => o.ExpiresAt).Description("Until when it can be paid; an unpaid order is closed afterwards.");
        Field(o => o.PaidAt, nullable: true).Description("When the payment succeeded; null while unpaid.");
        Field(o => o.ClosedAt, nullable: true).Description("When the order was closed unpaid.");
        Field<OrderCloseReasonGraphType>("closeReason")
            .Description("Why it was closed; null unless closed.")
            .Resolve(ctx => ctx.Source.CloseReason);
        Field(o => o.RefundedFen).Description("How much of the payment has been refunded, in fen.");
        Field<BooleanGraphType>("needsReview")
            .Description("Admins: whether the order waits for an operator (e.g. the paid amount did not match); null for others.")
            .Resolve(ctx => ctx.Source.NeedsReview)
            .Projects(nameof(OrderDto.NeedsReview));
        Field<OrderReviewReasonGraphType>("reviewReason")
            .Description("Admins: why the order waits for an operator; null when it does not, and for others.")
            .Resolve(ctx => ctx.Source.ReviewReason)
            .Projects(nameof(OrderDto.ReviewReason));
        Field(o => o.ShippingRecordedAt, nullable: true)
            .Description("Admins: when WeChat accepted the shipping record (发货信息) of the WeChat Pay payment; null before, for other "
                + "channels, and for others.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundGraphType>>>>("refunds")
            .Description("Refunds of the order, oldest first.")
            .Resolve(ctx => ctx.Source.Refunds.OrderBy(r => r.RequestedAt));
    }
}
