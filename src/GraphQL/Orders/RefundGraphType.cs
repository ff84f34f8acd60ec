using GraphQL.Types;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Common;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class RefundGraphType : ObjectGraphType<RefundDto>
{
    public RefundGraphType()
    {
        Name = "Refund";
        Description = "Money returned from a paid order, in full or in part.";
        this.GlobalIdField(Name, r => r.Id);
        Field("number", r => r.OutRefundNo).Description("The refund number the payment service knows it by (out_refund_no).");
        Field<NonNullGraphType<MoneyGraphType>>("amount")
            .Description("How much is returned (refunds are in the order's currency, CNY).")
            .Resolve(ctx => new MoneyValue(ctx.Source.AmountFen, Money.Cny));
        Field(r => r.Reason).Description("Why the money is returned.");
        Field(r => r.Status, type: typeof(NonNullGraphType<RefundStatusGraphType>)).Description("Where the refund stands.");
        Field(r => r.RequestedAt).Description("When the learner or admin asked for it.");
        Field(r => r.CompletedAt, nullable: true).Description("When the payment service finished it (succeeded or closed).");
    }
}
