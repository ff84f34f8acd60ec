using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary><c>POST /v3/pay/transactions/jsapi</c>: a mini program order → <c>{prepay_id}</c> (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html).</summary>
internal static class JsapiEndpoint
{
    private static readonly TimeSpan DefaultExpiry = TimeSpan.FromDays(7);
    private static readonly TimeSpan MinimumExpiry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan MaximumExpiry = TimeSpan.FromDays(90);

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/v3/pay/transactions/jsapi", Handle).AsPayApi(PayApi.Jsapi);

    private static IResult Handle(
        HttpContext http,
        IOptions<WeChatSimulatorOptions> app,
        PayKeyring keyring,
        UserDirectory users,
        PayLedger ledger,
        SimulatedClock clock)
    {
        if (PayJson.TryParse<JsapiRequest>(VerifiedPayRequest.Of(http).Body) is not { } request)
        {
            return PayResults.Error(PayErrors.ParamError("body", "请求体不是合法的 JSON"));
        }
        var (order, error) = request.Validate();
        if (error is not null)
        {
            return PayResults.Error(error);
        }
        if (order!.MchId != keyring.MchId)
        {
            return PayResults.Error(PayErrors.ParamError("mchid", "请求体中的商户号与请求头中的商户号不一致"));
        }
        if (order.AppId != app.Value.AppId)
        {
            return PayResults.Error(PayErrors.ParamError("appid", "appid和mch_id不匹配"));
        }
        if (users.Find(order.OpenId) is null)
        {
            return PayResults.Error(PayErrors.ParamError("payer.openid", "用户openid与appid不匹配"));
        }
        var now = clock.GetUtcNow();
        if (ExpiresAt(order.TimeExpire, now) is not { } expiresAt)
        {
            return PayResults.Error(PayErrors.ParamError("time_expire", "时间格式须为 RFC 3339，且不晚于 90 天后"));
        }
        var (prepayId, duplicate) = ledger.PlaceOrder(order, expiresAt, now);
        return duplicate is null ? PayResults.Ok(new PrepayResponse(prepayId!)) : PayResults.Error(duplicate);
    }

    /// <summary>Default 7 days; sooner than a minute from now is clamped to a minute; later than 90 days is refused.</summary>
    private static DateTimeOffset? ExpiresAt(string? timeExpire, DateTimeOffset now)
    {
        if (timeExpire is null)
        {
            return now + DefaultExpiry;
        }
        if (!BeijingTime.TryParse(timeExpire, out var requested) || requested > now + MaximumExpiry)
        {
            return null;
        }
        return requested < now + MinimumExpiry ? now + MinimumExpiry : requested;
    }

    private sealed record PrepayResponse(string PrepayId);
}
