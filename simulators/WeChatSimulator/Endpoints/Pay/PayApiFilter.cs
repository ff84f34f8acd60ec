using System.Text;
using KnowledgePay.WeChatSimulator.Calls;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.AspNetCore.Http.Features;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>
/// Counts the call, verifies the merchant's signature like WeChat (401 SIGN_ERROR, unsigned, on failure), then plays
/// the API fault armed for it: an error status, a hang, a dropped connection, or a hang after the state changed.
/// </summary>
internal sealed class PayApiFilter(string api) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        services.GetRequiredService<UpstreamCallLog>().Record(api);
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var body = buffer.ToArray();
        if (Authenticate(http, body) is { } signError)
        {
            return PayResults.Unauthenticated(signError);
        }

        var fault = services.GetRequiredService<FaultQueue<PayApiFault>>().TryTake(api);
        new VerifiedPayRequest(body, fault).AttachTo(http);
        switch (fault?.Kind)
        {
            case PayApiFault.StatusKind:
                return PayResults.Error(PayErrors.ForArmedStatus(fault.Status!.Value)!);
            case PayApiFault.Timeout:
                return PayResults.Hang();
            case PayApiFault.Reset:
                http.Abort();
                return Results.Empty;
            case PayApiFault.CommitThenTimeout:
                await next(context);
                return PayResults.Hang();
            default:
                return await next(context);
        }
    }

    private static PayError? Authenticate(HttpContext http, byte[] body)
    {
        var services = http.RequestServices;
        var keyring = services.GetRequiredService<PayKeyring>();
        if (MerchantAuthorization.Parse(http.Request.Headers.Authorization.FirstOrDefault()) is not { } authorization)
        {
            return PayErrors.SignError("Http头Authorization值格式错误，请参考《微信支付商户REST API签名规则》");
        }
        var message = authorization.SignedMessage(http.Request.Method, PathAndQuery(http), Encoding.UTF8.GetString(body));
        if (authorization.MchId != keyring.MchId)
        {
            return PayErrors.SignError("商户号与签名信息中的商户号不一致", message);
        }
        if (!string.Equals(authorization.SerialNo, keyring.MerchantSerial, StringComparison.OrdinalIgnoreCase))
        {
            return PayErrors.SignError("商户API证书序列号错误或证书已过期", message);
        }
        if (!authorization.IsFresh(services.GetRequiredService<SimulatedClock>().GetUtcNow()))
        {
            return PayErrors.SignError("Http头Authorization中的timestamp与发起请求的时间不得超过5分钟", message);
        }
        return authorization.IsSignedBy(keyring.MerchantPublicKey, message)
            ? null
            : PayErrors.SignError("签名错误，请检查后再试", message);
    }

    /// <summary>The request target exactly as received, so a mount prefix or an encoded path is verified as signed.</summary>
    private static string PathAndQuery(HttpContext http)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        return rawTarget is ['/', ..]
            ? rawTarget
            : (http.Request.PathBase + http.Request.Path).ToUriComponent() + http.Request.QueryString.ToUriComponent();
    }
}

internal static class PayApiFilterExtensions
{
    public static RouteHandlerBuilder AsPayApi(this RouteHandlerBuilder endpoint, string api) =>
        endpoint.AddEndpointFilter(new PayApiFilter(api));
}
