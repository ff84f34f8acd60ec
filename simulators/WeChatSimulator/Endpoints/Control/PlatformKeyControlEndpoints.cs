using KnowledgePay.WeChatSimulator.Keys;
using KnowledgePay.WeChatSimulator.Protocol;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Control;

/// <summary>
/// <c>POST /__sim/platform-keys/rotate</c> {preannounceHours?}: a new platform certificate, listed by
/// <c>/v3/certificates</c> at once and signing after the preannouncement (default 24 h, as WeChat does).
/// </summary>
internal static class PlatformKeyControlEndpoints
{
    private const double DefaultPreannounceHours = 24;

    public static void Map(IEndpointRouteBuilder control) => control.MapPost("/platform-keys/rotate", RotateAsync);

    private static async Task<IResult> RotateAsync(HttpRequest request, PayKeyring keyring)
    {
        var (isWellFormed, body) = await JsonBody.TryReadAsync<RotateRequest>(request, ControlResults.Json);
        var hours = body?.PreannounceHours ?? DefaultPreannounceHours;
        if (!isWellFormed || hours is < 0 or > 24 * 30)
        {
            return ControlResults.BadRequest("Send {preannounceHours?} between 0 and 720.");
        }
        if (keyring.Mode == PlatformKeyMode.PublicKey)
        {
            return ControlResults.Conflict("The merchant uses the WeChat Pay public key, which has no certificates to rotate.");
        }
        var certificate = keyring.RotateCertificate(TimeSpan.FromHours(hours));
        return ControlResults.Ok(new RotatedCertificate(certificate.Serial, BeijingTime.Format(certificate.EffectiveFrom)));
    }

    private sealed record RotateRequest(double? PreannounceHours);

    private sealed record RotatedCertificate(string Serial, string EffectiveTime);
}
