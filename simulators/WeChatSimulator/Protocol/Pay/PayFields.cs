using System.Text.RegularExpressions;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>Field rules shared by the order and refund APIs (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html, https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/create.html).</summary>
internal static partial class PayFields
{
    public static PayError? Required(string field, string? value, int maxLength) =>
        string.IsNullOrEmpty(value) ? PayErrors.ParamError(field, "此字段为必填项") : Optional(field, value, maxLength);

    public static PayError? Optional(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength ? PayErrors.ParamError(field, $"长度不能超过{maxLength}") : null;

    /// <summary>6–32 of <c>[0-9A-Za-z_-|*]</c>.</summary>
    public static PayError? OutTradeNo(string field, string? value) =>
        value is null || !OutTradeNoFormat().IsMatch(value)
            ? PayErrors.ParamError(field, "商户订单号只能是6-32位数字、大小写字母_-|*")
            : null;

    /// <summary>1–64 of <c>[0-9A-Za-z_-|*@]</c>.</summary>
    public static PayError? OutRefundNo(string? value) =>
        value is null || !OutRefundNoFormat().IsMatch(value)
            ? PayErrors.ParamError("out_refund_no", "商户退款单号只能是1-64位数字、大小写字母_-|*@")
            : null;

    public static PayError? Currency(string field, string? value) =>
        value is null or "CNY" ? null : PayErrors.ParamError(field, "仅支持人民币 CNY");

    /// <summary>HTTPS without a query string (≤255); plain HTTP only for localhost and 127.0.0.1 (development).</summary>
    public static PayError? NotifyUrl(string? value, bool required)
    {
        if (value is null)
        {
            return required ? PayErrors.ParamError("notify_url", "此字段为必填项") : null;
        }
        var isValid = value.Length <= 255
            && Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && string.IsNullOrEmpty(uri.Query)
            && string.IsNullOrEmpty(uri.Fragment)
            && (uri.Scheme == Uri.UriSchemeHttps
                || (uri.Scheme == Uri.UriSchemeHttp && uri.Host is "localhost" or "127.0.0.1"));
        return isValid ? null : PayErrors.ParamError("notify_url", "通知地址必须是不带参数的 HTTPS 地址");
    }

    [GeneratedRegex(@"^[0-9A-Za-z_\-|*]{6,32}$")]
    private static partial Regex OutTradeNoFormat();

    [GeneratedRegex(@"^[0-9A-Za-z_\-|*@]{1,64}$")]
    private static partial Regex OutRefundNoFormat();
}
