using System.Text.Json.Serialization;
using KnowledgePay.WeChatSimulator.Client;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>
/// <c>POST /__sim/pay</c> plays the user in <c>wx.requestPayment</c>; <c>GET /__sim/transactions/{out_trade_no}</c>
/// shows a transaction with its prepay and refunds. Transactions come back in WeChat's own snake_case shape.
/// </summary>
internal static class PayControlEndpoints
{
    public static void Map(IEndpointRouteBuilder control)
    {
        control.MapPost("/pay", PayAsync);
        control.MapGet("/transactions/{outTradeNo}", Inspect);
    }

    private static async Task<IResult> PayAsync(HttpRequest request, PaymentSheet paymentSheet, SimulatedClock clock)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<PayRequest>(request, ControlResults.Json);
        if (!isWellFormed || body is null || (body.PrepayId is null) == (body.OutTradeNo is null)
            || !PaymentAttempt.IsOutcome(body.Outcome))
        {
            return ControlResults.BadRequest(
                "Send {prepay_id | out_trade_no, outcome: SUCCESS|PAYERROR|CANCEL, payerTotal?, at?, openid?}.");
        }
        var result = paymentSheet.Pay(new PaymentAttempt(
            body.PrepayId, body.OutTradeNo, body.Outcome!, body.PayerTotal, body.At ?? clock.GetUtcNow(), body.OpenId));
        if (result.IsUnknown)
        {
            return ControlResults.NotFound("No transaction has that prepay_id or out_trade_no.");
        }
        return result.Refusal is { } refusal
            ? ControlResults.Conflict(refusal)
            : Results.Json(TransactionResource.From(result.Transaction!), PayJson.Options);
    }

    private static IResult Inspect(string outTradeNo, PayLedger ledger, SimulatedClock clock)
    {
        if (ledger.Find(outTradeNo, clock.GetUtcNow()) is not { } transaction)
        {
            return ControlResults.NotFound($"No transaction has out_trade_no '{outTradeNo}'.");
        }
        return Results.Json(
            new TransactionInspection(
                TransactionResource.From(transaction),
                transaction.PrepayId,
                BeijingTime.Format(transaction.ExpiresAt),
                transaction.Order.NotifyUrl,
                [.. ledger.RefundsOf(outTradeNo).Select(RefundResponse.From)]),
            PayJson.Options);
    }

    private sealed record PayRequest(
        [property: JsonPropertyName("prepay_id")] string? PrepayId,
        [property: JsonPropertyName("out_trade_no")] string? OutTradeNo,
        string? Outcome,
        long? PayerTotal,
        DateTimeOffset? At,
        string? OpenId);

    private sealed record TransactionInspection(
        TransactionResource Transaction,
        string PrepayId,
        string TimeExpire,
        string NotifyUrl,
        IReadOnlyList<RefundResponse> Refunds);
}
