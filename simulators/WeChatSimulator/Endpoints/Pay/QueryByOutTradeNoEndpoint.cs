using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary><c>GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=</c> (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-out-trade-no.html).</summary>
internal static class QueryByOutTradeNoEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/v3/pay/transactions/out-trade-no/{outTradeNo}", Handle).AsPayApi(PayApi.QueryByOutTradeNo);

    private static IResult Handle(
        string outTradeNo, [FromQuery(Name = "mchid")] string? mchId, PayKeyring keyring, PayLedger ledger, SimulatedClock clock) =>
        TransactionAnswer.For(mchId, keyring, () => ledger.Find(outTradeNo, clock.GetUtcNow()));
}
