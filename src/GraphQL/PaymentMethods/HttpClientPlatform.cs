using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.GraphQL.PaymentMethods;

/// <summary>
/// The platform from the <c>X-Client-Platform</c> header, which the mini program fills from
/// <c>wx.getDeviceInfo().platform</c> (ios, android, ohos, windows, mac, devtools). It is the client's claim: it picks the
/// payment rules WeChat sets per platform, it does not authorise anything.
/// </summary>
internal sealed class HttpClientPlatform(IHttpContextAccessor accessor) : IClientPlatform
{
    public const string HeaderName = "X-Client-Platform";

    public ClientPlatform Platform =>
        accessor.HttpContext?.Request.Headers[HeaderName].ToString().Trim().ToLowerInvariant() switch
        {
            "ios" => ClientPlatform.Ios,
            "android" => ClientPlatform.Android,
            "ohos" or "harmonyos" => ClientPlatform.HarmonyOs,
            "windows" => ClientPlatform.Windows,
            "mac" => ClientPlatform.Mac,
            "devtools" => ClientPlatform.DevTools,
            _ => ClientPlatform.Unknown,
        };
}
