using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Domain.Orders;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// WeChat Pay API v3 for a directly connected merchant's mini program (JSAPI): prepay, query, close, refund and refund
/// query (the mini-program payment APIs beside https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html). Every answer used here has a verified signature.
/// </summary>
internal sealed class WeChatPayJsapiGateway(
    WeChatPayApiClient api,
    MiniProgramPaymentSigner paymentSigner,
    IOptions<WeChatPayOptions> payOptions,
    IOptions<WeChatOptions> miniProgramOptions) : IPaymentGateway
{
    public PaymentChannel Channel => PaymentChannel.WeChatPayJsapi;

    private string AppId => miniProgramOptions.Value.AppId;

    private string MchId => payOptions.Value.MchId;

    private string NotifyUrl => payOptions.Value.NotifyUrl!.AbsoluteUri;

    public async Task<PaymentResult<ClientPaymentParameters>> StartPaymentAsync(
        PaymentRequest request, CancellationToken cancellationToken)
    {
        var body = new JsapiOrderBody(
            AppId,
            MchId,
            request.Description,
            request.OutTradeNo,
            WeChatPayJson.Rfc3339(request.ExpiresAt),
            NotifyUrl,
            new OrderAmount(request.AmountFen, WeChatPayJson.Currency),
            new PayerBody(request.PayerOpenId));
        var response = await api.SendAsync(HttpMethod.Post, "v3/pay/transactions/jsapi", body, "jsapi", cancellationToken);
        return Read<PrepayReply, ClientPaymentParameters>(response, reply => reply.PrepayId is { Length: > 0 } prepayId
            ? paymentSigner.Sign(AppId, prepayId)
            : null);
    }

    public async Task<PaymentResult<TransactionReport>> QueryPaymentAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var path = $"v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}?mchid={Uri.EscapeDataString(MchId)}";
        var response = await api.SendAsync(HttpMethod.Get, path, body: null, "query", cancellationToken);
        return Read<TransactionReply, TransactionReport>(response, reply =>
            reply.AppId == AppId && reply.MchId == MchId && reply.OutTradeNo == outTradeNo ? reply.ToReport() : null);
    }

    public async Task<PaymentResult<Closed>> ClosePaymentAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var path = $"v3/pay/transactions/out-trade-no/{Uri.EscapeDataString(outTradeNo)}/close";
        var response = await api.SendAsync(HttpMethod.Post, path, new CloseBody(MchId), "close", cancellationToken);
        return response.Failure is { } failure ? PaymentResult<Closed>.Fail(failure) : PaymentResult<Closed>.Ok(Closed.Instance);
    }

    public async Task<PaymentResult<RefundReport>> RefundAsync(RefundRequest request, CancellationToken cancellationToken)
    {
        var body = new RefundBody(
            request.OutTradeNo,
            request.OutRefundNo,
            request.Reason,
            NotifyUrl,
            new RefundAmountBody(request.RefundFen, request.OrderTotalFen, WeChatPayJson.Currency));
        var response = await api.SendAsync(HttpMethod.Post, "v3/refund/domestic/refunds", body, "refund", cancellationToken);
        return Read<RefundReply, RefundReport>(response, reply => Matching(reply.ToReport(), request.OutRefundNo));
    }

    public async Task<PaymentResult<RefundReport>> QueryRefundAsync(string outRefundNo, CancellationToken cancellationToken)
    {
        var path = $"v3/refund/domestic/refunds/{Uri.EscapeDataString(outRefundNo)}";
        var response = await api.SendAsync(HttpMethod.Get, path, body: null, "refund query", cancellationToken);
        return Read<RefundReply, RefundReport>(response, reply => Matching(reply.ToReport(), outRefundNo));
    }

    private static RefundReport? Matching(RefundReport? report, string outRefundNo) =>
        report?.OutRefundNo == outRefundNo ? report : null;

    /// <summary>
    /// A verified body that does not parse, or answers about another app, merchant, order or refund, proves nothing:
    /// an unknown outcome, so the caller asks again.
    /// </summary>
    private static PaymentResult<T> Read<TReply, T>(PaymentResult<byte[]> response, Func<TReply, T?> convert)
        where TReply : class
        where T : class
    {
        if (response.Value is not { } body)
        {
            return PaymentResult<T>.Fail(response.Failure!);
        }

        return WeChatPayJson.TryRead<TReply>(body) is { } reply && convert(reply) is { } value
            ? PaymentResult<T>.Ok(value)
            : PaymentResult<T>.Fail(WeChatPayFailures.Unknown(WeChatPayFailures.UnreadableResponse, "The answer could not be read."));
    }
}
