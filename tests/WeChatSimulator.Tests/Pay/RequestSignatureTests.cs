using System.Net;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class RequestSignatureTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    public static TheoryData<string, Func<string, string>> BrokenAuthorizations => new()
    {
        { "signature", header => ReplaceField(header, "signature", Convert.ToBase64String(new byte[256])) },
        { "serial", header => ReplaceField(header, "serial_no", "1234567890ABCDEF1234567890ABCDEF12345678") },
        { "mchid", header => ReplaceField(header, "mchid", "1000000001") },
        { "nonce", header => ReplaceField(header, "nonce_str", "ANOTHERNONCE") },
        { "scheme", header => header.Replace("WECHATPAY2-SHA256-RSA2048", "WECHATPAY2-SHA256-RSA1024") },
    };

    [Theory]
    [MemberData(nameof(BrokenAuthorizations))]
    public async Task AnswersUnsignedSignErrorWhenTheAuthorizationDoesNotCheckOut(string broken, Func<string, string> breakIt)
    {
        var response = await _sim.Pay.PostAsync(
            "v3/pay/transactions/jsapi", _sim.OrderBody(PaySimulator.NewOutTradeNo()), breakIt);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("SIGN_ERROR", response.Code);
        Assert.False(response.IsSigned, broken);
    }

    [Fact]
    public async Task ShowsTheStringItVerifiedWhenTheSignatureIsWrong()
    {
        var path = $"v3/pay/transactions/out-trade-no/NOPE123456?mchid={_sim.Merchant.MchId}";

        var response = await _sim.Pay.GetAsync(path, header => ReplaceField(header, "nonce_str", "TAMPERED"));

        var signed = response.Json.GetProperty("detail").GetProperty("sign_information")
            .GetProperty("truncated_sign_message").GetString();
        Assert.StartsWith($"GET\n/v3/pay/transactions/out-trade-no/NOPE123456?mchid={_sim.Merchant.MchId}\n", signed);
        Assert.EndsWith("\nTAMPERED\n\n", signed);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task AnswersSignErrorWhenTheTimestampIsMoreThanFiveMinutesOff(int skewSeconds)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + skewSeconds;

        var response = await _sim.Pay.SendAsync(
            HttpMethod.Get, $"v3/pay/transactions/out-trade-no/NOPE123456?mchid={_sim.Merchant.MchId}", string.Empty,
            timestamp: timestamp);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("SIGN_ERROR", response.Code);
        Assert.Contains("5分钟", response.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task AcceptsATimestampWithinFiveMinutesOfTheSimulatedClock()
    {
        await _sim.Host.AdvanceClockAsync(-240);

        var response = await _sim.QueryAsync("NOPE123456");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("ORDER_NOT_EXIST", response.Code);
        Assert.True(response.IsSigned);
    }

    [Fact]
    public async Task RefusesASignatureThatLeftOutTheQueryString()
    {
        var path = $"v3/pay/transactions/out-trade-no/NOPE123456?mchid={_sim.Merchant.MchId}";

        var response = await _sim.Pay.GetAsync(
            path, _ => _sim.Merchant.Authorize("GET", "/v3/pay/transactions/out-trade-no/NOPE123456", string.Empty));

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("SIGN_ERROR", response.Code);
    }

    private static string ReplaceField(string header, string field, string value)
    {
        var start = header.IndexOf($"{field}=\"", StringComparison.Ordinal) + field.Length + 2;
        var end = header.IndexOf('"', start);
        return header[..start] + value + header[end..];
    }
}
