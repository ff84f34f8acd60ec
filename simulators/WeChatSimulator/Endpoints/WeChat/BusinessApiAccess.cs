using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary>The access_token check every server-side business API starts with.</summary>
internal static class BusinessApiAccess
{
    public static WeChatError? Check(StableAccessTokens tokens, string? accessToken)
    {
        if (string.IsNullOrEmpty(accessToken))
        {
            return WeChatErrors.AccessTokenMissing;
        }
        return tokens.IsValid(accessToken) ? null : WeChatErrors.InvalidCredential;
    }
}
