namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>The v3 errors the simulator answers with; messages follow WeChat's wording.</summary>
internal static class PayErrors
{
    public static PayError SignError(string message, string? signMessage = null) => new(
        401, "SIGN_ERROR", message,
        signMessage is null ? null : new { sign_information = new { truncated_sign_message = signMessage } });

    public static PayError ParamError(string field, string message) =>
        new(400, "PARAM_ERROR", $"{field}: {message}", new { location = "body", value = field });

    public static PayError QueryParamError(string field, string message) =>
        new(400, "PARAM_ERROR", $"{field}: {message}", new { location = "query", value = field });

    public static PayError InvalidRequest(string message) => new(400, "INVALID_REQUEST", message);

    public static PayError DuplicateOutTradeNo() => InvalidRequest("201 商户订单号重复");

    public static PayError OrderNotExist() => new(404, "ORDER_NOT_EXIST", "订单不存在");

    public static PayError RefundNotExist() => new(404, "RESOURCE_NOT_EXISTS", "退款单不存在");

    public static PayError OrderClosed() => new(400, "ORDER_CLOSED", "订单已关闭");

    public static PayError OrderPaid() => new(400, "ORDERPAID", "订单已支付");

    public static PayError NotEnough() => new(403, "NOT_ENOUGH", "基本账户余额不足，请充值后重新发起");

    public static PayError FrequencyLimited() => new(429, "FREQUENCY_LIMITED", "频率超限，请降低请求频率");

    public static PayError SystemError() => new(500, "SYSTEM_ERROR", "系统错误");

    public static PayError ServiceUnavailable() => new(503, "SERVICE_UNAVAILABLE", "服务不可用，请稍后重试");

    public static PayError NoCertificates() => new(403, "NO_AUTH", "商户已切换为微信支付公钥模式，无法下载平台证书");

    /// <summary>The failures an API can be armed to answer with, by HTTP status.</summary>
    public static PayError? ForArmedStatus(int status) => status switch
    {
        500 => SystemError(),
        429 => FrequencyLimited(),
        503 => ServiceUnavailable(),
        _ => null,
    };
}
