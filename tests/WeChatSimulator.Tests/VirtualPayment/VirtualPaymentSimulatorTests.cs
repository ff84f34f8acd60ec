using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace KnowledgePay.WeChatSimulator.Tests.VirtualPayment;

/// <summary>
/// Virtual Payment over real HTTP: the client sheet (<c>/__sim/xpay/pay</c>) checks paySig and the session signature,
/// the delivery push arrives encrypted and signed in secure mode, and the server APIs check the access token and pay_sig.
/// Signatures here are computed independently of the simulator, from the documented rules.
/// </summary>
public sealed class VirtualPaymentSimulatorTests : IAsyncLifetime
{
    private const string AppKey = VirtualPaymentSimulatorOptions.DevelopmentSandboxAppKey;
    private const string Token = VirtualPaymentSimulatorOptions.DevelopmentMessageToken;

    private NotificationReceiver _receiver = null!;
    private SimulatorHost _sim = null!;
    private string _openId = null!;
    private string _sessionKey = null!;

    public async Task InitializeAsync()
    {
        _receiver = await NotificationReceiver.StartAsync();
        _receiver.SuccessBody = new Dictionary<string, object> { ["ErrCode"] = 0, ["ErrMsg"] = "success" };
        _sim = await SimulatorHost.StartAsync(settings: new Dictionary<string, string?>
        {
            [$"{VirtualPaymentSimulatorOptions.SectionName}:MessagePushUrl"] = _receiver.Url,
            [$"{VirtualPaymentSimulatorOptions.SectionName}:RefundDelaySeconds"] = "0",
            [$"{PaySimulatorOptions.SectionName}:RetryTimeScale"] = "0.001",
        });
        var (openId, code) = await _sim.CreateUserAsync();
        _openId = openId;
        _sessionKey = await _sim.LoginAsync(code);
    }

    public async Task DisposeAsync()
    {
        await _sim.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task PushesAnEncryptedSignedDeliveryAndCountsTheGoodsDeliveredOnErrCodeZero()
    {
        var outTradeNo = NewOutTradeNo();

        var paid = await PayAsync(SignData(outTradeNo));
        var push = (await _receiver.WaitForAsync(1))[0];
        var order = await WaitForStatusAsync(outTradeNo, 4);

        Assert.Equal(HttpStatusCode.OK, paid.Status);
        Assert.Equal(2, paid.Body.GetProperty("order").GetProperty("status").GetInt32());
        var query = QueryHelpers.ParseQuery(push.Query);
        var envelope = JsonDocument.Parse(push.Body).RootElement;
        var encrypted = envelope.GetProperty("Encrypt").GetString()!;
        Assert.Equal("aes", query["encrypt_type"].ToString());
        Assert.Equal(Sha1(Token, query["timestamp"]!, query["nonce"]!, encrypted), query["msg_signature"].ToString());
        Assert.Equal(Sha1(Token, query["timestamp"]!, query["nonce"]!), query["signature"].ToString());
        var (message, appId) = Decrypt(encrypted);
        Assert.Equal(SimulatorHost.AppId, appId);
        var delivered = JsonDocument.Parse(message).RootElement;
        Assert.Equal("xpay_goods_deliver_notify", delivered.GetProperty("Event").GetString());
        Assert.Equal(outTradeNo, delivered.GetProperty("OutTradeNo").GetString());
        Assert.Equal(_openId, delivered.GetProperty("OpenId").GetString());
        Assert.Equal(4900, delivered.GetProperty("GoodsInfo").GetProperty("ActualPrice").GetInt64());
        Assert.Equal(4, order.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task RefusesABadPaySigWithPaySigInvalid()
    {
        var signData = SignData(NewOutTradeNo());

        var paid = await PayAsync(signData, paySig: Hmac("another key", "requestVirtualPayment&" + signData));

        Assert.Equal(HttpStatusCode.Conflict, paid.Status);
        Assert.Equal(-15006, paid.Body.GetProperty("errCode").GetInt32());
    }

    [Fact]
    public async Task RefusesASignatureMadeWithAStaleSessionKey()
    {
        var signData = SignData(NewOutTradeNo());
        var stale = _sessionKey;
        await _sim.LoginAsync(await _sim.MintLoginCodeAsync(_openId));

        var paid = await PayAsync(signData, signature: Hmac(stale, signData));

        Assert.Equal(-15005, paid.Body.GetProperty("errCode").GetInt32());
        Assert.Empty(_receiver.Received);
    }

    [Theory]
    [InlineData(4901L, "kp_tier_4900")]
    [InlineData(4900L, "unknown_product")]
    public async Task RefusesGoodsThatDoNotMatchAPublishedProduct(long goodsPrice, string productId)
    {
        var paid = await PayAsync(SignData(NewOutTradeNo(), goodsPrice, productId));

        Assert.Equal(-15001, paid.Body.GetProperty("errCode").GetInt32());
    }

    [Fact]
    public async Task RefusesAnOrderNumberUsedBefore()
    {
        var outTradeNo = NewOutTradeNo();
        await PayAsync(SignData(outTradeNo));

        var again = await PayAsync(SignData(outTradeNo));

        Assert.Equal(-15001, again.Body.GetProperty("errCode").GetInt32());
    }

    [Fact]
    public async Task QueryOrderChecksTheAccessTokenAndPaySig()
    {
        var outTradeNo = NewOutTradeNo();
        await PayAsync(SignData(outTradeNo));
        var token = await _sim.AccessTokenAsync();
        var body = $$"""{"openid":"{{_openId}}","env":1,"order_id":"{{outTradeNo}}"}""";

        var found = await XPayAsync("query_order", body, token);
        var badSig = await XPayAsync("query_order", body, token, paySig: new string('0', 64));
        var noToken = await XPayAsync("query_order", body, accessToken: null);
        var otherBuyer = await XPayAsync("query_order", $$"""{"openid":"o_other","env":1,"order_id":"{{outTradeNo}}"}""", token);

        Assert.Equal(0, SimulatorHost.ErrCode(found));
        Assert.Equal(4900, found.GetProperty("order").GetProperty("order_fee").GetInt64());
        Assert.Equal(4900, found.GetProperty("order").GetProperty("left_fee").GetInt64());
        Assert.Equal(87009, SimulatorHost.ErrCode(badSig));
        Assert.Equal(41001, SimulatorHost.ErrCode(noToken));
        Assert.Equal(268490002, SimulatorHost.ErrCode(otherBuyer));
    }

    [Fact]
    public async Task RefundOrderStartsATaskThatEndsInTheRefundPush()
    {
        var outTradeNo = NewOutTradeNo();
        await PayAsync(SignData(outTradeNo));
        await _receiver.WaitForAsync(1);
        var token = await _sim.AccessTokenAsync();
        var refund = $$"""
            {"openid":"{{_openId}}","order_id":"{{outTradeNo}}","refund_order_id":"RF20261202000001","left_fee":4900,"refund_fee":4900,"biz_meta":"","refund_reason":"0","req_from":"1","env":1}
            """;

        var started = await XPayAsync("refund_order", refund, token);
        var repeated = await XPayAsync("refund_order", refund, token);
        var refundPush = (await _receiver.WaitForAsync(2))[1];
        var refunded = await WaitForStatusAsync(outTradeNo, 5);

        Assert.Equal(0, SimulatorHost.ErrCode(started));
        Assert.Equal("RF20261202000001", started.GetProperty("refund_order_id").GetString());
        Assert.Equal(started.GetProperty("refund_wx_order_id").GetString(), repeated.GetProperty("refund_wx_order_id").GetString());
        var (message, _) = Decrypt(JsonDocument.Parse(refundPush.Body).RootElement.GetProperty("Encrypt").GetString()!);
        var pushed = JsonDocument.Parse(message).RootElement;
        Assert.Equal("xpay_refund_notify", pushed.GetProperty("Event").GetString());
        Assert.Equal("RF20261202000001", pushed.GetProperty("MchRefundId").GetString());
        Assert.Equal(4900, pushed.GetProperty("RefundFee").GetInt64());
        Assert.Equal(0, pushed.GetProperty("RetCode").GetInt32());
        Assert.Equal(4900, refunded.GetProperty("refund_fee").GetInt64());
    }

    [Fact]
    public async Task NotifyProvideGoodsDeliversAnOrderWhosePushWasLost()
    {
        await _sim.PostControlAsync("__sim/faults", new { notification = "drop" });
        var outTradeNo = NewOutTradeNo();
        await PayAsync(SignData(outTradeNo));
        var token = await _sim.AccessTokenAsync();
        var body = $$"""{"order_id":"{{outTradeNo}}","env":1}""";

        await _sim.DeliveriesAsync(1);
        var before = await _sim.GetControlAsync($"__sim/xpay/orders/{outTradeNo}");
        var notified = await XPayAsync("notify_provide_goods", body, token);
        var deliveries = await _sim.DeliveriesAsync();

        Assert.Equal(2, before.GetProperty("status").GetInt32());
        Assert.Equal(0, SimulatorHost.ErrCode(notified));
        Assert.Equal(4, (await _sim.GetControlAsync($"__sim/xpay/orders/{outTradeNo}")).GetProperty("status").GetInt32());
        Assert.True(Assert.Single(deliveries).GetProperty("dropped").GetBoolean());
        Assert.Empty(_receiver.Received);
    }

    [Fact]
    public async Task RepeatsAPushTheMerchantDidNotAcknowledgeUntilItDoes()
    {
        _receiver.ReplyWith(500, 500);
        var outTradeNo = NewOutTradeNo();

        await PayAsync(SignData(outTradeNo));
        await _receiver.WaitForAsync(3);
        var order = await WaitForStatusAsync(outTradeNo, 4);

        Assert.Equal(3, _receiver.Received.Count);
        Assert.Equal(4, order.GetProperty("status").GetInt32());
    }

    private static string NewOutTradeNo() => "KP" + RandomNumberGenerator.GetHexString(20);

    private static string SignData(string outTradeNo, long goodsPrice = 4900, string productId = "kp_tier_4900") =>
        $$"""{"offerId":"{{VirtualPaymentSimulatorOptions.DevelopmentOfferId}}","buyQuantity":1,"env":1,"currencyType":"CNY","productId":"{{productId}}","goodsPrice":{{goodsPrice}},"outTradeNo":"{{outTradeNo}}","attach":"a"}""";

    private async Task<(HttpStatusCode Status, JsonElement Body)> PayAsync(string signData, string? paySig = null, string? signature = null)
    {
        using var response = await _sim.Client.PostAsJsonAsync("__sim/xpay/pay", new
        {
            openid = _openId,
            signData,
            paySig = paySig ?? Hmac(AppKey, "requestVirtualPayment&" + signData),
            signature = signature ?? Hmac(_sessionKey, signData),
            mode = "short_series_goods",
        });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private Task<JsonElement> XPayAsync(string name, string body, string? accessToken, string? paySig = null)
    {
        var query = $"?pay_sig={paySig ?? Hmac(AppKey, $"/xpay/{name}&{body}")}" + (accessToken is null ? string.Empty : $"&access_token={accessToken}");
        return _sim.PostWeChatAsync($"xpay/{name}{query}", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private async Task<JsonElement> WaitForStatusAsync(string outTradeNo, int status)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        var order = await _sim.GetControlAsync($"__sim/xpay/orders/{outTradeNo}");
        while (order.GetProperty("status").GetInt32() != status && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
            order = await _sim.GetControlAsync($"__sim/xpay/orders/{outTradeNo}");
        }
        return order;
    }

    private static string Hmac(string key, string message) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(message)));

    private static string Sha1(params string[] parts) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(parts.Order(StringComparer.Ordinal)))));

    private static (string Message, string AppId) Decrypt(string encrypted)
    {
        var key = Convert.FromBase64String(VirtualPaymentSimulatorOptions.DevelopmentEncodingAesKey + "=");
        using var aes = Aes.Create();
        aes.Key = key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(encrypted), key.AsSpan(0, 16), PaddingMode.None);
        var content = plain.AsSpan(0, plain.Length - plain[^1]);
        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(16, 4));
        return (Encoding.UTF8.GetString(content.Slice(20, length)), Encoding.UTF8.GetString(content[(20 + length)..]));
    }
}
