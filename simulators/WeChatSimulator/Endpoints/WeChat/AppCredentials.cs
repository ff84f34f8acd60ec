using KnowledgePay.WeChatSimulator.Protocol;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

internal static class AppCredentials
{
    public static WeChatError? Check(WeChatSimulatorOptions app, string? appId, string? secret)
    {
        if (string.IsNullOrEmpty(appId))
        {
            return WeChatErrors.AppIdMissing;
        }
        if (appId != app.AppId)
        {
            return WeChatErrors.InvalidAppId;
        }
        if (string.IsNullOrEmpty(secret))
        {
            return WeChatErrors.AppSecretMissing;
        }
        return secret == app.AppSecret ? null : WeChatErrors.InvalidAppSecret;
    }
}
