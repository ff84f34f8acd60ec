using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class NotificationTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task APaymentNotifiesASignedEnvelopeThatDecryptsToTheTransaction()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var transactionId = await _sim.PaidOrderAsync(outTradeNo);

        var (envelope, transaction) = _sim.Merchant.Open((await _sim.Receiver.WaitForAsync(1))[0]);

        Assert.True(Guid.TryParse(envelope.GetProperty("id").GetString(), out _));
        Assert.Equal("TRANSACTION.SUCCESS", envelope.GetProperty("event_type").GetString());
        Assert.Equal("encrypt-resource", envelope.GetProperty("resource_type").GetString());
        var resource = envelope.GetProperty("resource");
        Assert.Equal("transaction", resource.GetProperty("original_type").GetString());
        Assert.Equal("transaction", resource.GetProperty("associated_data").GetString());
        Assert.Equal(12, resource.GetProperty("nonce").GetString()!.Length);
        Assert.Equal(transactionId, transaction.GetProperty("transaction_id").GetString());
        Assert.Equal(outTradeNo, transaction.GetProperty("out_trade_no").GetString());
        Assert.Equal(SimulatorHost.AppId, transaction.GetProperty("appid").GetString());
        Assert.Equal(_sim.Merchant.MchId, transaction.GetProperty("mchid").GetString());
        Assert.Equal("SUCCESS", transaction.GetProperty("trade_state").GetString());
        Assert.Equal(PaySimulator.Total, transaction.GetProperty("amount").GetProperty("total").GetInt64());
        Assert.Equal(_sim.OpenId, transaction.GetProperty("payer").GetProperty("openid").GetString());
    }

    [Fact]
    public async Task RetriesTheSameNotificationAfterFailureReplies()
    {
        _sim.Receiver.ReplyWith(500, 404);
        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var received = await _sim.Receiver.WaitForAsync(3);
        var deliveries = await _sim.DeliveriesAsync(3);

        Assert.Equal(3, _sim.Receiver.Received.Count);
        Assert.Equal([500, 404, 200], deliveries.Select(delivery => delivery.GetProperty("status").GetInt32()));
        Assert.Equal([0, 1, 2], deliveries.Select(delivery => delivery.GetProperty("attempt").GetInt32()));
        Assert.Single(deliveries.Select(delivery => delivery.GetProperty("notificationId").GetString()).Distinct());
        Assert.All(received, notification => Assert.Equal(received[0].Body, notification.Body));
        Assert.Equal(3, received.Select(notification => notification.Headers["Wechatpay-Nonce"]).Distinct().Count());
    }

    [Fact]
    public async Task TheControlCallDoesNotWaitForTheMerchant()
    {
        _sim.Receiver.ReplyDelayMs = 3000;
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);

        var stopwatch = Stopwatch.StartNew();
        await _sim.PayAsync(outTradeNo);

        Assert.True(stopwatch.ElapsedMilliseconds < 2000, $"pay took {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task AReplySlowerThanTheTimeoutCountsAsFailedAndIsRetried()
    {
        await using var sim = await PaySimulator.StartAsync(settings: new Dictionary<string, string?>
        {
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.NotificationTimeoutSeconds)}"] = "0.3",
        });
        sim.Receiver.ReplyDelayMs = 1000;
        await sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        await sim.Receiver.WaitForAsync(2);
        var first = (await sim.DeliveriesAsync(1))[0];

        Assert.Equal("timeout", first.GetProperty("error").GetString());
        Assert.False(first.TryGetProperty("status", out _));
        Assert.False(first.GetProperty("succeeded").GetBoolean());
    }

    [Fact]
    public async Task RedeliverSendsTheNotificationAgain()
    {
        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var original = (await _sim.DeliveriesAsync(1))[0];

        var redelivered = await _sim.Host.PostControlAsync(
            $"__sim/deliveries/{original.GetProperty("id").GetString()}/redeliver", new { });
        var received = await _sim.Receiver.WaitForAsync(2);

        Assert.Equal(original.GetProperty("notificationId").GetString(), redelivered.GetProperty("notificationId").GetString());
        Assert.Equal(200, redelivered.GetProperty("status").GetInt32());
        Assert.Equal(received[0].Body, received[1].Body);
        _sim.Merchant.Open(received[1]);
    }

    [Theory]
    [InlineData("certificate")]
    [InlineData("migrating")]
    public async Task NotificationsVerifyWithTheKeysTheProductIsGivenInEveryMode(string mode)
    {
        var keys = mode == "certificate" ? TestPayKeys.CertificateMode : TestPayKeys.MigratingMode;
        await using var sim = await PaySimulator.StartAsync(keys: keys);
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        }

        var received = await sim.Receiver.WaitForAsync(4);

        Assert.All(received, notification => sim.Merchant.Open(notification));
    }

    [Fact]
    public async Task DeliveriesRecordHeadersBodyAndLatency()
    {
        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var delivery = (await _sim.DeliveriesAsync(1))[0];

        Assert.Equal(_sim.Receiver.Url, delivery.GetProperty("url").GetString());
        Assert.Equal("TRANSACTION.SUCCESS", delivery.GetProperty("eventType").GetString());
        Assert.Equal(JsonValueKind.Number, delivery.GetProperty("latencyMs").ValueKind);
        Assert.Equal(
            _sim.Receiver.Received[0].Headers["Wechatpay-Signature"],
            delivery.GetProperty("headers").GetProperty("Wechatpay-Signature").GetString());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(_sim.Receiver.Received[0].Body), delivery.GetProperty("body").GetString());
        Assert.Equal(HttpStatusCode.OK, (HttpStatusCode)delivery.GetProperty("status").GetInt32());
    }
}
