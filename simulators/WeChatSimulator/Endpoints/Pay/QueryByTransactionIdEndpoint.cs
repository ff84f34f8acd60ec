using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary><c>GET /v3/pay/transactions/id/{transaction_id}?mchid=</c> (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/query-by-wx-trade-no.html).</summary>
internal static class QueryByTransactionIdEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/v3/pay/transactions/id/{transactionId}", Handle).AsPayApi(PayApi.QueryById);

    private static IResult Handle(
        string transactionId, [FromQuery(Name = "mchid")] string? mchId, PayKeyring keyring, PayLedger ledger, SimulatedClock clock) =>
        TransactionAnswer.For(mchId, keyring, () => ledger.FindByTransactionId(transactionId, clock.GetUtcNow()));
}
