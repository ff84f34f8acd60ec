using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Common.Interfaces.Payments;

/// <summary>
/// A provider that takes money for orders (WeChat Pay JSAPI first, WeChat Virtual Payment next). Every call is safe to
/// repeat with the same arguments: an <see cref="PaymentFailureKind.OutcomeUnknown"/> answer means "ask again", never
/// "it failed". Amounts are in fen.
/// </summary>
public interface IPaymentGateway
{
    PaymentChannel Channel { get; }

    /// <summary>Registers the order with the provider (the order row is already stored) and returns what the client needs to pay.</summary>
    Task<PaymentResult<ClientPaymentParameters>> StartPaymentAsync(PaymentRequest request, CancellationToken cancellationToken);

    /// <summary>The provider's view of the order's transaction (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-trade-no.html).</summary>
    Task<PaymentResult<TransactionReport>> QueryPaymentAsync(string outTradeNo, CancellationToken cancellationToken);

    /// <summary>Asks the provider to close an unpaid order. Done only when a later query says closed (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/close-order.html).</summary>
    Task<PaymentResult<Closed>> ClosePaymentAsync(string outTradeNo, CancellationToken cancellationToken);

    /// <summary>Starts (or, with the same <see cref="RefundRequest.OutRefundNo"/>, repeats) a refund (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html).</summary>
    Task<PaymentResult<RefundReport>> RefundAsync(RefundRequest request, CancellationToken cancellationToken);

    Task<PaymentResult<RefundReport>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken);
}

/// <summary>The provider accepted a close request.</summary>
public sealed record Closed
{
    public static Closed Instance { get; } = new();
}
