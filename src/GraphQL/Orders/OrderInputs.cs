using GraphQL.Types;
using KnowledgePay.Application.Orders.Commands.CancelOrder;
using KnowledgePay.Application.Orders.Commands.Checkout;
using KnowledgePay.Application.Orders.Commands.CreateOrder;
using KnowledgePay.Application.Orders.Commands.IssueRefund;
using KnowledgePay.Application.Orders.Commands.RequestRefund;
using KnowledgePay.Application.Orders.Commands.SyncOrderPayment;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class CreateOrderInputGraphType : InputObjectGraphType<CreateOrderCommand>
{
    public CreateOrderInputGraphType()
    {
        Name = "CreateOrderInput";
        this.IdField("courseId", CourseGraphType.TypeName);
        Field(c => c.ClientKey).Description("A key the client makes once per purchase attempt (8 to 64 characters); a retry with it returns the same order.");
    }
}

internal sealed class CheckoutInputGraphType : InputObjectGraphType<CheckoutCommand>
{
    public CheckoutInputGraphType()
    {
        Name = "CheckoutInput";
        this.IdField("orderId", OrderGraphType.TypeName);
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
        Field(c => c.Reason).Description("Why the learner wants the money back.");
    }
}

internal sealed class IssueRefundInputGraphType : InputObjectGraphType<IssueRefundCommand>
{
    public IssueRefundInputGraphType()
    {
        Name = "IssueRefundInput";
        this.IdField("orderId", OrderGraphType.TypeName);
        Field(c => c.AmountFen, nullable: true).Description("How much to return, in fen; omitted: everything not yet refunded.");
        Field(c => c.Reason).Description("Why the money is returned.");
    }
}
