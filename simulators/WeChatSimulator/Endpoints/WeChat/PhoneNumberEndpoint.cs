using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

/// <summary><c>POST /wxa/business/getuserphonenumber</c>: exchanges a phone-button code for the number (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-info/phone-number/getPhoneNumber.html).</summary>
internal static class PhoneNumberEndpoint
{
    private const string MainlandCountryCode = "86";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapPost("/wxa/business/getuserphonenumber", HandleAsync).AsWeChatApi(WeChatApi.GetPhoneNumber);

    private static async Task<IResult> HandleAsync(
        [FromQuery(Name = "access_token")] string? accessToken,
        HttpRequest request,
        IOptions<WeChatSimulatorOptions> options,
        StableAccessTokens tokens,
        PhoneCodes codes,
        UserDirectory users,
        SimulatedClock clock)
    {
        if (BusinessApiAccess.Check(tokens, accessToken) is { } accessError)
        {
            return WeChatResults.Error(accessError);
        }
        var (isWellFormed, body) = await JsonBody.TryReadAsync<PhoneNumberRequest>(request, WeChatResults.Json);
        if (!isWellFormed || body is null)
        {
            return WeChatResults.Error(WeChatErrors.DataFormatError);
        }
        if (string.IsNullOrEmpty(body.Code))
        {
            return WeChatResults.Error(WeChatErrors.CodeMissing);
        }
        if (codes.FindOwner(body.Code) is not { } openId)
        {
            return WeChatResults.Error(WeChatErrors.InvalidCode);
        }
        if (body.OpenId is not null && body.OpenId != openId)
        {
            return WeChatResults.Error(WeChatErrors.InvalidOpenId);
        }
        if (!codes.TryRedeem(body.Code))
        {
            return WeChatResults.Error(WeChatErrors.InvalidCode);
        }
        var phoneNumber = users.Find(openId)!.PhoneNumber;
        var watermark = new Watermark(clock.GetUtcNow().ToUnixTimeSeconds(), options.Value.AppId);
        return WeChatResults.Ok(new PhoneNumberResponse(
            0, "ok", new PhoneInfo(phoneNumber, phoneNumber, MainlandCountryCode, watermark)));
    }
}
