using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

/// <summary>Order, payment and refund failures; the codes are API contract, never renamed silently.</summary>
public static class OrderErrors
{
    public const string CourseNotOnSaleCode = "COURSE_NOT_ON_SALE";
    public const string CourseIsFreeCode = "COURSE_IS_FREE";
    public const string CourseAlreadyOwnedCode = "COURSE_ALREADY_OWNED";
    public const string ClientKeyReusedCode = "ORDER_CLIENT_KEY_REUSED";
    public const string AlreadyPaidCode = "ORDER_ALREADY_PAID";
    public const string ClosedCode = "ORDER_CLOSED";
    public const string ExpiredCode = "ORDER_EXPIRED";
    public const string NotPendingCode = "ORDER_NOT_PENDING";
    public const string PaymentInProgressCode = "PAYMENT_IN_PROGRESS";
    public const string NotRefundableCode = "ORDER_NOT_REFUNDABLE";
    public const string RefundAmountInvalidCode = "REFUND_AMOUNT_INVALID";
    public const string RefundInProgressCode = "REFUND_IN_PROGRESS";
    public const string TooManyRefundsCode = "REFUND_LIMIT_REACHED";
    public const string RefundWindowPassedCode = "REFUND_WINDOW_PASSED";
    public const string RefundProgressTooHighCode = "REFUND_PROGRESS_TOO_HIGH";
    public const string RefundRejectedCode = "REFUND_REJECTED";
    public const string NothingToPayCode = "ORDER_NOTHING_TO_PAY";
    public const string LineNotFoundCode = "ORDER_LINE_NOT_FOUND";
    public const string PaymentMethodNotAllowedCode = "PAYMENT_METHOD_NOT_ALLOWED";
    public const string PurchaseNotOfferedCode = "PURCHASE_NOT_OFFERED";

    public static DomainException CourseNotOnSale(Guid courseId) =>
        new(CourseNotOnSaleCode, $"Course {courseId} is not on sale.");

    public static DomainException CourseIsFree(Guid courseId) =>
        new(CourseIsFreeCode, $"Course {courseId} is free; it needs no order.");

    public static DomainException CourseAlreadyOwned(Guid courseId) =>
        new(CourseAlreadyOwnedCode, $"You already have access to course {courseId}.");

    public static DomainException NothingToPay() =>
        new(NothingToPayCode, "The discounts leave nothing to pay; an order needs an amount above zero.");

    public static DomainException PaymentMethodNotAllowed(PaymentChannel method, string why) =>
        new(PaymentMethodNotAllowedCode, $"This order cannot be paid with {method}: {why}.");

    public static DomainException PurchaseNotOffered(string platform) =>
        new(PurchaseNotOfferedCode, $"Nothing can be bought on {platform}; content already bought stays available.");

    public static DomainException LineNotFound(Guid orderId, Guid lineId) =>
        new(LineNotFoundCode, $"Order {orderId} has no line {lineId}.");

    public static DomainException ClientKeyReused() =>
        new(ClientKeyReusedCode, "This client key was already used for an order of something else.");

    public static DomainException AlreadyPaid(Guid orderId) =>
        new(AlreadyPaidCode, $"Order {orderId} is already paid.");

    public static DomainException Closed(Guid orderId) =>
        new(ClosedCode, $"Order {orderId} is closed; place a new order.");

    public static DomainException Expired(Guid orderId) =>
        new(ExpiredCode, $"Order {orderId} expired before it was paid; place a new order.");

    public static DomainException NotPending(Guid orderId, OrderStatus status) =>
        new(NotPendingCode, $"Order {orderId} is {status}, not pending.");

    public static DomainException NotExpired(Guid orderId) =>
        new(NotPendingCode, $"Order {orderId} has not expired yet.");

    public static DomainException PaymentInProgress(Guid orderId) =>
        new(PaymentInProgressCode, $"A payment for order {orderId} is under way; ask again in a moment.");

    public static DomainException NotRefundable(Guid orderId) =>
        new(NotRefundableCode, $"Order {orderId} has no payment left to refund.");

    public static DomainException RefundAmountInvalid(long amountFen, long refundableFen) =>
        new(RefundAmountInvalidCode, $"A refund of {amountFen} fen is outside 1 to {refundableFen} fen.");

    public static DomainException RefundInProgress(Guid orderId) =>
        new(RefundInProgressCode, $"A refund of order {orderId} is still being processed.");

    public static DomainException TooManyRefunds(Guid orderId) =>
        new(TooManyRefundsCode, $"Order {orderId} already has {OrderLimits.MaxRefunds} refunds.");

    public static DomainException RefundWindowPassed(int windowDays) =>
        new(RefundWindowPassedCode, $"Refunds can be requested within {windowDays} days of purchase.");

    public static DomainException RefundProgressTooHigh(int maxPercent) =>
        new(RefundProgressTooHighCode, $"Refunds can be requested until {maxPercent}% of the course is completed or opened.");

    public static DomainException RefundRejected() =>
        new(RefundRejectedCode, "The payment service refused the refund; an operator will look into it.");

    public static DomainException RefundNotFound(string outRefundNo) =>
        new("REFUND_NOT_FOUND", $"Refund {outRefundNo} is not part of this order.");

    public static DomainException RefundNotProcessing(string outRefundNo, RefundStatus status) =>
        new("REFUND_NOT_PROCESSING", $"Refund {outRefundNo} is {status}, no longer processing.");

    public static DomainException NoPaymentRecorded(Guid orderId) =>
        new("ORDER_NOT_PAID", $"No payment is recorded for order {orderId}.");

    public static DomainException InvalidTitle() =>
        new("ORDER_INVALID_TITLE", $"An order title needs 1 to {OrderLimits.TitleLength} characters.");

    public static DomainException InvalidClientKey() =>
        new("ORDER_INVALID_CLIENT_KEY", $"A client key needs {OrderLimits.ClientKeyMinLength} to {OrderLimits.ClientKeyLength} characters.");

    public static DomainException InvalidRefundReason() =>
        new("REFUND_INVALID_REASON", $"A refund reason needs 1 to {OrderLimits.RefundReasonLength} characters.");
}
