namespace KnowledgePay.Domain.Orders;

/// <summary>Processing until the provider says succeeded or closed (failed, final); abnormal waits for an operator.</summary>
public enum RefundStatus
{
    Processing,
    Succeeded,
    Closed,
    Abnormal,
}
