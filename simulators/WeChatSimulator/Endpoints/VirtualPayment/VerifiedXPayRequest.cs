using System.Text.Json;
using KnowledgePay.WeChatSimulator.Endpoints.WeChat;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.VirtualPayment;
using KnowledgePay.WeChatSimulator.State;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.VirtualPayment;

/// <summary>
/// What every <c>POST /xpay/&lt;name&gt;</c> checks first: the access token, a JSON body with <c>env</c> 0 or 1, and
/// <c>pay_sig</c> = HMAC-SHA256 with that env's AppKey over <c>"/xpay/&lt;name&gt;&amp;"</c> + the body exactly as received.
/// </summary>
internal static class VerifiedXPayRequest
{
    public static async Task<(JsonElement Body, int Env, WeChatError? Error)> ReadAsync(
        HttpRequest request, string name, StableAccessTokens tokens, IOptions<VirtualPaymentSimulatorOptions> options)
    {
        if (BusinessApiAccess.Check(tokens, request.Query["access_token"]) is { } accessError)
        {
            return (default, 0, accessError);
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return (default, 0, WeChatErrors.DataFormatError);
        }
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("env", out var envValue)
            || !envValue.TryGetInt32(out var env) || env is not (0 or 1))
        {
            return (default, 0, XPayErrors.InvalidParameter);
        }
        var expected = XPaySignatures.ApiPaySig(options.Value.AppKey(env), $"/xpay/{name}", text);
        return XPaySignatures.Matches(expected, request.Query["pay_sig"]) ? (body, env, null) : (default, 0, XPayErrors.InvalidPaySig);
    }

    public static string? Text(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static long? Number(this JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : null;
}
