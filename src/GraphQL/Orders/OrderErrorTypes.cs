using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Orders.OrderErrors;

namespace KnowledgePay.GraphQL.Orders;

internal sealed class CourseNotOnSaleErrorGraphType() : CodedErrorGraphType(
    "CourseNotOnSaleError", CourseNotOnSaleCode, "The course is not published, so it cannot be bought.");

internal sealed class CourseIsFreeErrorGraphType() : CodedErrorGraphType(
    "CourseIsFreeError", CourseIsFreeCode, "The course is free; it needs no order.");

internal sealed class CourseAlreadyOwnedErrorGraphType() : CodedErrorGraphType(
    "CourseAlreadyOwnedError", CourseAlreadyOwnedCode, "The caller already has access to the course.");

internal sealed class OrderClientKeyReusedErrorGraphType() : CodedErrorGraphType(
    "OrderClientKeyReusedError", ClientKeyReusedCode, "The client key was already used for an order of another course.");

internal sealed class OrderAlreadyPaidErrorGraphType() : CodedErrorGraphType(
    "OrderAlreadyPaidError", AlreadyPaidCode, "The order is already paid.");

internal sealed class OrderClosedErrorGraphType() : CodedErrorGraphType(
    "OrderClosedError", ClosedCode, "The order is closed; place a new one.");

internal sealed class OrderExpiredErrorGraphType() : CodedErrorGraphType(
    "OrderExpiredError", ExpiredCode, "The order expired before it was paid; place a new one.");

internal sealed class PaymentInProgressErrorGraphType() : CodedErrorGraphType(
    "PaymentInProgressError", PaymentInProgressCode, "The buyer is paying right now; ask again in a moment.");

internal sealed class PaymentProviderUnavailableErrorGraphType() : CodedErrorGraphType(
    "PaymentProviderUnavailableError", ProviderException.PaymentProviderUnavailableCode, "WeChat Pay did not answer in time; try again.");

internal sealed class PaymentRejectedErrorGraphType() : CodedErrorGraphType(
    "PaymentRejectedError", ProviderException.PaymentRejectedCode, "WeChat Pay refused the request.");

internal sealed class OrderNotRefundableErrorGraphType() : CodedErrorGraphType(
    "OrderNotRefundableError", NotRefundableCode, "The order has no payment left to refund.");

internal sealed class RefundAmountInvalidErrorGraphType() : CodedErrorGraphType(
    "RefundAmountInvalidError", RefundAmountInvalidCode, "The amount is not between 1 fen and what is left to refund.");

internal sealed class RefundInProgressErrorGraphType() : CodedErrorGraphType(
    "RefundInProgressError", RefundInProgressCode, "Another refund of the order is still being processed.");

internal sealed class RefundLimitReachedErrorGraphType() : CodedErrorGraphType(
    "RefundLimitReachedError", TooManyRefundsCode, "The order has as many refunds as WeChat Pay allows.");

internal sealed class RefundWindowPassedErrorGraphType() : CodedErrorGraphType(
    "RefundWindowPassedError", RefundWindowPassedCode, "Too long has passed since the purchase for a learner to ask for a refund.");

internal sealed class RefundProgressTooHighErrorGraphType() : CodedErrorGraphType(
    "RefundProgressTooHighError", RefundProgressTooHighCode, "The learner has studied too much of the course to ask for a refund.");

internal sealed class RefundRejectedErrorGraphType() : CodedErrorGraphType(
    "RefundRejectedError", RefundRejectedCode, "WeChat Pay refused the refund; an operator will look into it.");
