using KnowledgePay.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.WeChat;

/// <summary><c>POST /wxa/business/getuserphonenumber</c> (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-info/phone-number/getPhoneNumber.html), with the cached access token.</summary>
internal sealed partial class WeChatPhoneNumberClient(
    IHttpClientFactory clients,
    StableAccessTokenCache accessTokens,
    IOptions<WeChatOptions> options,
    ILogger<WeChatPhoneNumberClient> logger) : IWeChatPhoneNumbers
{
    private const string Api = "getPhoneNumber";

    public async Task<WeChatResponse<WeChatPhoneNumber>> GetPhoneNumberAsync(
        string code, string openId, CancellationToken cancellationToken)
    {
        var response = await accessTokens.CallAsync(
            accessToken => RequestAsync(accessToken, code, openId, cancellationToken), cancellationToken);
        return response.Select(ToPhoneNumber);
    }

    private WeChatResponse<WeChatPhoneNumber> ToPhoneNumber(PhoneNumberReply reply)
    {
        if (reply.PhoneInfo is not { } info)
        {
            return WeChatHttp.Unavailable<WeChatPhoneNumber>();
        }

        // The watermark proves the number was issued to our mini program, not replayed from another app.
        if (info.Watermark?.AppId != options.Value.AppId)
        {
            LogForeignWatermark(logger);
            return WeChatResponse<WeChatPhoneNumber>.Fail(new WeChatFailure(WeChatFailureKind.Rejected, 0));
        }

        return WeChatResponse<WeChatPhoneNumber>.Ok(new WeChatPhoneNumber(info.PhoneNumber, info.PurePhoneNumber, info.CountryCode));
    }

    private Task<WeChatResponse<PhoneNumberReply>> RequestAsync(
        string accessToken, string code, string openId, CancellationToken cancellationToken) =>
        WeChatHttp.PostJsonAsync<PhoneNumberReply>(
            clients.CreateClient(WeChatHttp.ClientName), "wxa/business/getuserphonenumber", accessToken,
            new Dictionary<string, string> { ["code"] = code, ["openid"] = openId }, Api, logger, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeChat getPhoneNumber answered with another app's watermark")]
    private static partial void LogForeignWatermark(ILogger logger);
}
