using System.Net;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class JsapiOrderTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ReturnsASignedPrepayIdForAValidOrder()
    {
        var response = await _sim.OrderAsync(_sim.OrderBody(PaySimulator.NewOutTradeNo()));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(SignatureVerification.Valid, _sim.Merchant.Verify(response.Headers, response.Body));
        Assert.Matches("^wx[0-9]{14}[0-9a-f]{20}$", response.Json.GetProperty("prepay_id").GetString());
        Assert.Equal("WECHATPAY2-SHA256-RSA2048", response.Headers["Wechatpay-Signature-Type"]);
        Assert.True(response.Headers.ContainsKey("Request-ID"));
    }

    [Fact]
    public async Task VerifiesThePathAsReceivedWhenMountedUnderAPrefix()
    {
        await using var mounted = await PaySimulator.StartAsync("/wechat-sim");
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await mounted.PlaceOrderAsync(outTradeNo);

        var query = await mounted.QueryAsync(outTradeNo);

        Assert.Equal(HttpStatusCode.OK, query.Status);
        Assert.Equal("NOTPAY", query.Json.GetProperty("trade_state").GetString());
    }

    [Fact]
    public async Task RepostingTheSameBodyReturnsTheCurrentPrepayId()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var first = await _sim.PlaceOrderAsync(outTradeNo);

        var again = await _sim.PlaceOrderAsync(outTradeNo);
        await _sim.AdvanceClockAsync(TimeSpan.FromHours(2).TotalSeconds + 1);
        var renewed = await _sim.PlaceOrderAsync(outTradeNo);

        Assert.Equal(first, again);
        Assert.NotEqual(first, renewed);
    }

    [Fact]
    public async Task RefusesAnotherBodyWithTheSameOutTradeNoAs201Duplicate()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);

        var response = await _sim.OrderAsync(_sim.OrderBody(outTradeNo, total: 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("INVALID_REQUEST", response.Code);
        Assert.Contains("201", response.Json.GetProperty("message").GetString());
        Assert.Equal(SignatureVerification.Valid, _sim.Merchant.Verify(response.Headers, response.Body));
    }

    [Fact]
    public async Task RefusesTheSameBodyOnceTheOrderIsClosed()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);
        await _sim.CloseAsync(outTradeNo);

        var response = await _sim.OrderAsync(_sim.OrderBody(outTradeNo));

        Assert.Equal("INVALID_REQUEST", response.Code);
    }

    [Theory]
    [InlineData("out_trade_no", "abc")]
    [InlineData("out_trade_no", "has space 123")]
    [InlineData("description", "")]
    [InlineData("notify_url", "http://merchant.example.com/notify")]
    [InlineData("notify_url", "https://merchant.example.com/notify?order=1")]
    [InlineData("time_expire", "20991231235959")]
    [InlineData("attach", "")]
    [InlineData("appid", "wx0000000000000000")]
    [InlineData("mchid", "1000000001")]
    public async Task AnswersParamErrorForAFieldBreakingWeChatsRules(string field, string value)
    {
        var body = _sim.OrderBody(PaySimulator.NewOutTradeNo());
        body[field] = field == "attach" ? new string('a', 129) : value;

        var response = await _sim.OrderAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PARAM_ERROR", response.Code);
    }

    [Theory]
    [InlineData(0, "CNY")]
    [InlineData(100, "USD")]
    public async Task AnswersParamErrorForAnAmountThatIsNotPositiveFenInCny(long total, string currency)
    {
        var body = _sim.OrderBody(PaySimulator.NewOutTradeNo());
        body["amount"] = new Dictionary<string, object?> { ["total"] = total, ["currency"] = currency };

        var response = await _sim.OrderAsync(body);

        Assert.Equal("PARAM_ERROR", response.Code);
    }

    [Fact]
    public async Task AnswersParamErrorForAnOpenIdTheAppDoesNotKnow()
    {
        var body = _sim.OrderBody(PaySimulator.NewOutTradeNo());
        body["payer"] = new Dictionary<string, object?> { ["openid"] = "o-stranger" };

        var response = await _sim.OrderAsync(body);

        Assert.Equal("PARAM_ERROR", response.Code);
    }

    [Fact]
    public async Task ClampsATimeExpireUnderAMinuteAndRefusesOneBeyondNinetyDays()
    {
        var soon = DateTimeOffset.UtcNow.AddSeconds(5).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var far = DateTimeOffset.UtcNow.AddDays(91).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        var soonNo = PaySimulator.NewOutTradeNo();

        var clamped = await _sim.OrderAsync(_sim.OrderBody(soonNo, timeExpire: soon));
        await _sim.AdvanceClockAsync(30);
        var stateAfterHalfAMinute = await _sim.TradeStateAsync(soonNo);
        var refused = await _sim.OrderAsync(_sim.OrderBody(PaySimulator.NewOutTradeNo(), timeExpire: far));

        Assert.Equal(HttpStatusCode.OK, clamped.Status);
        Assert.Equal("NOTPAY", stateAfterHalfAMinute);
        Assert.Equal("PARAM_ERROR", refused.Code);
    }

    [Fact]
    public async Task AcceptsPlainHttpNotifyUrlsOnLoopback()
    {
        var response = await _sim.OrderAsync(
            _sim.OrderBody(PaySimulator.NewOutTradeNo(), notifyUrl: "http://localhost:5000/wechatpay/notify"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }
}
