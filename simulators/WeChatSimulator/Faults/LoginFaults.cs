using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Faults;

/// <summary>The errors each login/token/Virtual Payment API can be told to answer with (simulators/WeChatSimulator/README.md).</summary>
internal static class LoginFaults
{
    private static Dictionary<string, WeChatError[]> AllowedByApi { get; } = new(StringComparer.Ordinal)
    {
        [WeChatApi.Code2Session] =
            [WeChatErrors.InvalidCode, WeChatErrors.MinuteQuotaReached, WeChatErrors.RiskyUser, WeChatErrors.SystemBusy],
        [WeChatApi.GetStableAccessToken] = [WeChatErrors.SystemBusy],
        [WeChatApi.GetPhoneNumber] =
            [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy, WeChatErrors.InvalidCode, WeChatErrors.MinuteQuotaReached],
        [WeChatApi.CheckSessionKey] = [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy],
        [WeChatApi.XPayQueryOrder] = [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy],
        [WeChatApi.XPayRefundOrder] = [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy],
        [WeChatApi.XPayNotifyProvideGoods] = [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy],
        [WeChatApi.UploadShippingInfo] = [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy],
        [WeChatApi.MsgSecCheck] = [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy, WeChatErrors.MinuteQuotaReached],
        [WeChatApi.GetUnlimitedQRCode] =
            [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy, WeChatErrors.DailyQuotaReached, WeChatErrors.InvalidPage],
        [WeChatApi.SendSubscribeMessage] =
            [WeChatErrors.InvalidCredential, WeChatErrors.SystemBusy, WeChatErrors.UserRefused, WeChatErrors.InvalidTemplateId, WeChatErrors.InvalidPage],
    };

    public static WeChatError? Find(string api, int errCode) =>
        AllowedByApi.TryGetValue(api, out var allowed) ? Array.Find(allowed, error => error.ErrCode == errCode) : null;
}
