using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.VirtualPayment;

/// <summary>
/// WeChat Virtual Payment (小程序虚拟支付) in goods mode
/// (https://developers.weixin.qq.com/miniprogram/dev/platform-capabilities/business-capabilities/virtual-payment.html):
/// checkout signs the arguments of <c>wx.requestVirtualPayment</c>; the order exists at WeChat only once the buyer opens
/// the payment sheet. Query and refund go through <c>query_order</c> / <c>refund_order</c>
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/VirtualPayment/api_query_order, …/api_refund_order).
/// </summary>
internal sealed class VirtualPaymentGateway(
    VirtualPaymentApiClient api, VirtualPaymentOrders orders, VirtualPaymentBuyers buyers, IOptions<VirtualPaymentOptions> options)
    : IPaymentGateway
{
    private const string Currency = "CNY";

    public PaymentChannel Channel => PaymentChannel.WeChatVirtualPayment;

    private VirtualPaymentOptions Settings => options.Value;

    /// <exception cref="Domain.Common.DomainException">
    /// No product has the order's price (<see cref="VirtualPaymentErrors.NoProductForPrice"/>), or the buyer's session key
    /// is not usable (<see cref="VirtualPaymentErrors.LoginRequired"/>); nothing was sent to WeChat.
    /// </exception>
    public async Task<PaymentResult<ClientPaymentParameters>> StartPaymentAsync(
        PaymentRequest request, CancellationToken cancellationToken)
    {
        var product = Settings.ProductPriced(request.AmountFen) ?? throw VirtualPaymentErrors.NoProductForPrice(request.AmountFen);
        var sessionKey = await buyers.SessionKeyAsync(request.PayerId, cancellationToken) ?? throw VirtualPaymentErrors.LoginRequired();
        var signData = new SignData(
            Settings.OfferId, 1, Settings.Env, Currency, product.ProductId, product.PriceFen, request.OutTradeNo,
            request.OrderId.ToString("N")).ToJson();
        return PaymentResult<ClientPaymentParameters>.Ok(new VirtualPaymentParameters(
            signData,
            VirtualPaymentSignatures.PaySig(Settings.AppKey, signData),
            VirtualPaymentSignatures.UserSignature(sessionKey, signData),
            SignData.GoodsMode));
    }

    public async Task<PaymentResult<TransactionReport>> QueryPaymentAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var query = await orders.FindAsync(outTradeNo, cancellationToken);
        return query.Value is { } found
            ? PaymentResult<TransactionReport>.Ok(ToReport(found.Order, found.OpenId))
            : PaymentResult<TransactionReport>.Fail(query.Failure!);
    }

    /// <summary>
    /// Virtual Payment has no close API: an order nobody paid is simply not paid, so the close is "accepted" at once and
    /// the follow-up's query decides (docs/decisions/0019-virtual-payment.md). A payment that still comes in later is
    /// recorded on the closed order and flagged for an operator, like WeChat Pay's close race.
    /// </summary>
    public Task<PaymentResult<Closed>> ClosePaymentAsync(string outTradeNo, CancellationToken cancellationToken) =>
        Task.FromResult(PaymentResult<Closed>.Ok(Closed.Instance));

    /// <summary>refund_order needs the order's left_fee, so the order is queried first; the task only starts there.</summary>
    public async Task<PaymentResult<RefundReport>> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var query = await orders.FindAsync(request.OutTradeNo, cancellationToken);
        if (query.Value is not { } found)
        {
            return PaymentResult<RefundReport>.Fail(query.Failure!);
        }

        var response = await api.PostAsync<RefundOrderReply>(
            "refund_order",
            new Dictionary<string, object>
            {
                ["openid"] = found.OpenId,
                ["order_id"] = request.OutTradeNo,
                ["refund_order_id"] = request.OutRefundNo,
                ["left_fee"] = found.Order.LeftFee,
                ["refund_fee"] = request.RefundFen,
                ["biz_meta"] = string.Empty,
                ["refund_reason"] = "0",
                ["req_from"] = "1",
                ["env"] = Settings.Env,
            },
            cancellationToken);
        if (response.Value is not { } reply)
        {
            return PaymentResult<RefundReport>.Fail(VirtualPaymentFailures.From(response.Failure!));
        }

        return reply.RefundOrderId == request.OutRefundNo
            ? PaymentResult<RefundReport>.Ok(new RefundReport(
                request.OutRefundNo, request.OutTradeNo, reply.RefundWxOrderId, RefundState.Processing, request.RefundFen, null))
            : PaymentResult<RefundReport>.Fail(VirtualPaymentFailures.Unknown("UNREADABLE_RESPONSE", "The answer named another refund."));
    }

    /// <summary>
    /// query_order tells refunds apart only by the order's status and refund_fee. A status that flips back from refunded
    /// to delivered has been seen right after a refund (https://developers.weixin.qq.com/community/develop/doc/0006c66c7545a034dcd450d166b400),
    /// so only "refund failed" closes a refund; the refund push settles it otherwise.
    /// </summary>
    public async Task<PaymentResult<RefundReport>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken)
    {
        if (await buyers.RefundAsync(outRefundNo, cancellationToken) is not { } refund)
        {
            return PaymentResult<RefundReport>.Fail(new PaymentFailure(PaymentFailureKind.NotFound, "REFUND_NOT_FOUND", "No such refund."));
        }

        var query = await orders.FindAsync(refund.OutTradeNo, cancellationToken);
        if (query.Value is not { Order: var order })
        {
            return PaymentResult<RefundReport>.Fail(query.Failure!);
        }

        var refunded = order.Status is VirtualPaymentStatus.Refunded or VirtualPaymentStatus.UserRefunded
            && order.RefundFee - refund.OtherRefundedFen >= refund.AmountFen;
        var state = refunded ? RefundState.Succeeded
            : order.Status == VirtualPaymentStatus.RefundFailed ? RefundState.Closed
            : RefundState.Processing;
        return PaymentResult<RefundReport>.Ok(new RefundReport(outRefundNo, refund.OutTradeNo, null, state, refund.AmountFen, null));
    }

    private TransactionReport ToReport(VirtualPaymentOrder order, string openId)
    {
        var state = VirtualPaymentStatus.ToTransactionState(order.Status);
        var paid = state is TransactionState.Succeeded or TransactionState.Refunded;
        return new TransactionReport(
            order.OrderId!,
            state,
            paid ? order.WxOrderId : null,
            paid ? order.OrderFee : null,
            paid ? Currency : null,
            paid ? openId : null,
            paid && order.PaidTime > 0 ? DateTimeOffset.FromUnixTimeSeconds(order.PaidTime) : null);
    }
}
