using GraphQL.Types;
using KnowledgePay.Application.Orders.Commands.CancelOrder;
using KnowledgePay.Application.Orders.Commands.Checkout;
using KnowledgePay.Application.Orders.Commands.CreateOrder;
using KnowledgePay.Application.Orders.Commands.IssueRefund;
using KnowledgePay.Application.Orders.Commands.RequestRefund;
using KnowledgePay.Application.Orders.Commands.SyncOrderPayment;
using KnowledgePay.Domain.Orders;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.GroupBuying;
using KnowledgePay.GraphQL.PaymentMethods;
using KnowledgePay.GraphQL.Pricing;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class CreateOrderInputGraphType : InputObjectGraphType<CreateOrderCommand>
{
    public CreateOrderInputGraphType()
    {
        Name = "CreateOrderInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CartLineInputGraphType>>>>("lines").Description("What to buy.");
        Field(c => c.CouponCode, nullable: true).Description("A coupon to apply: one of myCoupons, or a code typed in.");
        Field(c => c.ExpectedTotalFen, nullable: true)
            .Description("The total the caller was quoted; when the price has changed since, the order is refused with PriceChangedError.");
        Field(c => c.ClientKey).Description("A key the client makes once per purchase attempt (8 to 64 characters); a retry with it returns the same order.");
        Field<GroupBuyInputGraphType>("groupBuy")
            .Description("Buy the one line in a group (拼团) at the group price: open a new group or join one; the seat is taken with the order.");
    }
}

internal sealed class CheckoutInputGraphType : InputObjectGraphType<CheckoutCommand>
{
    public CheckoutInputGraphType()
    {
        Name = "CheckoutInput";
        this.IdField("orderId", OrderGraphType.TypeName);
        Field<PaymentMethodGraphType>("method")
            .DefaultValue(PaymentChannel.WeChatPayJsapi)
            .Description("How to pay; WECHAT_PAY when omitted. Must be one the caller's platform is offered (see priceForViewer).");
        Field(c => c.IdempotencyKey, nullable: true)
            .Description("Required for BALANCE (8 to 64 characters, made once per payment attempt): a retry never spends twice.");
    }
}

internal sealed class CancelOrderInputGraphType : InputObjectGraphType<CancelOrderCommand>
{
    public CancelOrderInputGraphType()
    {
        Name = "CancelOrderInput";
        this.IdField("orderId", OrderGraphType.TypeName);
    }
}

internal sealed class SyncOrderPaymentInputGraphType : InputObjectGraphType<SyncOrderPaymentCommand>
{
    public SyncOrderPaymentInputGraphType()
    {
        Name = "SyncOrderPaymentInput";
        this.IdField("orderId", OrderGraphType.TypeName);
    }
}

internal sealed class RequestRefundInputGraphType : InputObjectGraphType<RequestRefundCommand>
{
    public RequestRefundInputGraphType()
    {
        Name = "RequestRefundInput";
        this.IdField("orderId", OrderGraphType.TypeName);
        this.OptionalIdField("lineId", OrderLineGraphType.TypeName).Description("Refund this line only; omitted: the whole order.");
        Field(c => c.Reason).Description("Why the learner wants the money back.");
    }
}

internal sealed class IssueRefundInputGraphType : InputObjectGraphType<IssueRefundCommand>
{
    public IssueRefundInputGraphType()
    {
        Name = "IssueRefundInput";
        this.IdField("orderId", OrderGraphType.TypeName);
        this.OptionalIdField("lineId", OrderLineGraphType.TypeName).Description("Refund from this line only; omitted: spread over the lines.");
        Field(c => c.AmountFen, nullable: true).Description("How much to return, in fen; omitted: everything not yet refunded.");
        Field(c => c.Reason).Description("Why the money is returned.");
    }
}
