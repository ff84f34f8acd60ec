using KnowledgePay.WeChatSimulator.Notifications;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary><c>GET /v3/refund/domestic/refunds/{out_refund_no}</c>; due refunds settle first (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-refund-no.html).</summary>
internal static class RefundQueryEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/v3/refund/domestic/refunds/{outRefundNo}", Handle).AsPayApi(PayApi.QueryRefund);

    private static IResult Handle(string outRefundNo, PayLedger ledger, RefundSettlement settlement)
    {
        settlement.SettleDue();
        return ledger.FindRefund(outRefundNo) is { } refund
            ? PayResults.Ok(RefundResponse.From(refund))
            : PayResults.Error(PayErrors.RefundNotExist());
    }
}
