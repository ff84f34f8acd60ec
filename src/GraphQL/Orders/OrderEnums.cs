using GraphQL.Types;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class OrderStatusGraphType : EnumerationGraphType<OrderStatus>
{
    public OrderStatusGraphType()
    {
        Name = "OrderStatus";
        Description = "Pending until paid or closed; a paid order may then be refunded in part or in full.";
    }
}

internal sealed class OrderCloseReasonGraphType : EnumerationGraphType<OrderCloseReason>
{
    public OrderCloseReasonGraphType()
    {
        Name = "OrderCloseReason";
        Description = "Why a pending order was closed: nobody paid in time, the buyer cancelled it, or its group buy did not fill.";
    }
}

internal sealed class OrderReviewReasonGraphType : EnumerationGraphType<OrderReviewReason>
{
    public OrderReviewReasonGraphType()
    {
        Name = "OrderReviewReason";
        Description = "Why an order waits for an operator: money or identity did not match, or money arrived that could not be fulfilled.";
    }
}

internal sealed class RefundStatusGraphType : EnumerationGraphType<RefundStatus>
{
    public RefundStatusGraphType()
    {
        Name = "RefundStatus";
        Description = "Processing until the payment service reports it succeeded or closed (failed); abnormal waits for an operator.";
    }
}
