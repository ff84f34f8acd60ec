using System.Globalization;
using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.Faults;
using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>
/// v3 answers: JSON bodies signed with the platform key (204 included), except answers to requests that failed
/// authentication. Response faults armed for the call (unsigned, bad or probe signature) apply here.
/// </summary>
internal static class PayResults
{
    public static IResult Ok<TBody>(TBody body) => new PayResult(StatusCodes.Status200OK, PayJson.Serialize(body), Signed: true);

    public static IResult NoContent() => new PayResult(StatusCodes.Status204NoContent, [], Signed: true);

    public static IResult Error(PayError error) => new PayResult(error.Status, PayJson.Serialize(error.Body), Signed: true);

    public static IResult Unauthenticated(PayError error) =>
        new PayResult(error.Status, PayJson.Serialize(error.Body), Signed: false);

    /// <summary>Hangs until the client gives up (or <see cref="PaySimulatorOptions.HangSeconds"/>), then drops the connection.</summary>
    public static IResult Hang() => new HangResult();

    private sealed record PayResult(int Status, byte[] Body, bool Signed) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = Status;
            response.Headers[PlatformSignature.RequestIdHeader] = PayIds.RequestId();
            var fault = VerifiedPayRequest.Find(httpContext)?.Fault?.Kind;
            if (Signed && fault != PayApiFault.UnsignedSuccess)
            {
                Sign(httpContext, fault);
            }
            if (Body.Length > 0)
            {
                response.ContentType = "application/json; charset=utf-8";
                await response.Body.WriteAsync(Body, httpContext.RequestAborted);
            }
        }

        private void Sign(HttpContext httpContext, string? fault)
        {
            var services = httpContext.RequestServices;
            var key = services.GetRequiredService<PayKeyring>()
                .ForResponse(httpContext.Request.Headers[PlatformSignature.SerialHeader].FirstOrDefault());
            var timestamp = services.GetRequiredService<SimulatedClock>().GetUtcNow().ToUnixTimeSeconds()
                .ToString(CultureInfo.InvariantCulture);
            var nonce = PayIds.Nonce();
            var headers = httpContext.Response.Headers;
            headers[PlatformSignature.TimestampHeader] = timestamp;
            headers[PlatformSignature.NonceHeader] = nonce;
            headers[PlatformSignature.SerialHeader] = key.Serial;
            headers[PlatformSignature.SignatureTypeHeader] = PlatformSignature.Type;
            headers[PlatformSignature.SignatureHeader] = fault switch
            {
                PayApiFault.ProbeResponse => PlatformSignature.Probe(),
                PayApiFault.BadResponseSignature => key.Sign(PlatformSignature.Message(timestamp, nonce, [.. Body, (byte)' '])),
                _ => key.Sign(PlatformSignature.Message(timestamp, nonce, Body)),
            };
        }
    }

    private sealed class HangResult : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var services = httpContext.RequestServices;
            var hang = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<PaySimulatorOptions>>().Value.HangSeconds);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(
                httpContext.RequestAborted, services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            try
            {
                await Task.Delay(hang, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The client gave up or the host is stopping: either way the connection goes without an answer.
            }
            httpContext.Abort();
        }
    }
}
