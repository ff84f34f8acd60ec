using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary><c>POST /v3/refund/domestic/refunds</c>: accepts a refund as PROCESSING (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html).</summary>
internal static class RefundEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/v3/refund/domestic/refunds", Handle).AsPayApi(PayApi.Refund);

    private static IResult Handle(
        HttpContext http, PayLedger ledger, SimulatedClock clock, IOptions<PaySimulatorOptions> options)
    {
        var request = VerifiedPayRequest.Of(http);
        if (PayJson.TryParse<RefundRequest>(request.Body) is not { } body)
        {
            return PayResults.Error(PayErrors.ParamError("body", "请求体不是合法的 JSON"));
        }
        var (order, error) = body.Validate();
        if (error is not null)
        {
            return PayResults.Error(error);
        }
        if (request.HasFault(PayApiFault.RefundNotEnough))
        {
            return PayResults.Error(PayErrors.NotEnough());
        }
        var finalStatus = request.Fault?.Kind switch
        {
            PayApiFault.RefundAbnormal => RefundStatus.Abnormal,
            PayApiFault.RefundClosed => RefundStatus.Closed,
            _ => RefundStatus.Success,
        };
        var (refund, refusal) = ledger.Refund(order!, finalStatus, options.Value.EnforceRefundSpacing, clock.GetUtcNow());
        return refusal is null ? PayResults.Ok(RefundResponse.From(refund!)) : PayResults.Error(refusal);
    }
}
