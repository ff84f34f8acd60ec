using System.Text.Json;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class NotificationFaultTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task DuplicateSendsConcurrentCopiesOfOneNotification()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "duplicate", copies = 9, concurrent = true });

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var received = await _sim.Receiver.WaitForAsync(10);

        Assert.Equal(10, received.Count);
        Assert.Single(received.Select(notification => JsonDocument.Parse(notification.Body).RootElement
            .GetProperty("id").GetString()).Distinct());
        Assert.All(received, notification => _sim.Merchant.Open(notification));
    }

    [Fact]
    public async Task DelayHoldsTheNotificationBack()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "delay", ms = 1500 });

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        await Task.Delay(500);
        var early = _sim.Receiver.Received.Count;
        await _sim.Receiver.WaitForAsync(1);

        Assert.Equal(0, early);
    }

    [Fact]
    public async Task DropNeverSendsTheNotificationButLogsIt()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "drop" });

        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);
        var dropped = (await _sim.DeliveriesAsync(1))[0];
        await Task.Delay(300);

        Assert.True(dropped.GetProperty("dropped").GetBoolean());
        Assert.Empty(_sim.Receiver.Received);
        Assert.Equal("SUCCESS", await _sim.TradeStateAsync(outTradeNo));
    }

    [Theory]
    [InlineData("probe", SignatureVerification.Probe)]
    [InlineData("badSignature", SignatureVerification.InvalidSignature)]
    [InlineData("tamperBody", SignatureVerification.InvalidSignature)]
    [InlineData("staleTimestamp", SignatureVerification.StaleTimestamp)]
    [InlineData("unknownSerial", SignatureVerification.UnknownSerial)]
    public async Task ForgedSignaturesFailTheProductsVerifierOnEveryRetry(string fault, SignatureVerification expected)
    {
        await _sim.ArmNotificationFaultAsync(new { notification = fault });
        _sim.Receiver.ReplyWith(401);

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var received = await _sim.Receiver.WaitForAsync(2);

        Assert.All(received.Take(2), notification =>
            Assert.Equal(expected, _sim.Merchant.Verify(notification.Headers, notification.Body)));
    }

    [Fact]
    public async Task ProbeSignaturesCarryWeChatsPrefix()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "probe" });

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var received = await _sim.Receiver.WaitForAsync(1);

        Assert.StartsWith("WECHATPAY/SIGNTEST/", received[0].Headers["Wechatpay-Signature"]);
    }

    [Fact]
    public async Task StaleTimestampShiftsTheTimestampByTheGivenSeconds()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "staleTimestamp", seconds = 400 });

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var received = await _sim.Receiver.WaitForAsync(1);

        var skew = long.Parse(received[0].Headers["Wechatpay-Timestamp"]) - DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.InRange(skew, 390, 410);
    }

    [Fact]
    public async Task WrongApiV3KeyIsSignedButDoesNotDecrypt()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "wrongApiV3Key" });

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var received = (await _sim.Receiver.WaitForAsync(1))[0];
        var resource = JsonDocument.Parse(received.Body).RootElement.GetProperty("resource");

        Assert.Equal(SignatureVerification.Valid, _sim.Merchant.Verify(received.Headers, received.Body));
        Assert.Equal(ResourceDecryptionStatus.AuthenticationFailed, _sim.Merchant.Decrypt(resource).Status);
    }

    [Fact]
    public async Task AmountMismatchReportsOneFenMoreThanTheOrder()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "amountMismatch" });

        await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        var (_, transaction) = _sim.Merchant.Open((await _sim.Receiver.WaitForAsync(1))[0]);

        Assert.Equal(PaySimulator.Total + 1, transaction.GetProperty("amount").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ReorderSendsThePaymentAfterTheNextEventOfTheOrder()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "reorder" });
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);
        await Task.Delay(200);
        var beforeRefund = _sim.Receiver.Received.Count;

        await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 4900);
        await _sim.AdvanceClockAsync(5);
        await _sim.QueryRefundAsync("R" + outTradeNo);
        var received = await _sim.Receiver.WaitForAsync(2);

        Assert.Equal(0, beforeRefund);
        Assert.Equal(
            ["REFUND.SUCCESS", "TRANSACTION.SUCCESS"],
            received.Select(notification => _sim.Merchant.Open(notification).Envelope.GetProperty("event_type").GetString()));
    }

    [Fact]
    public async Task FaultsOfDifferentKindsCombineAndLastForTheirCount()
    {
        await _sim.ArmNotificationFaultAsync(new { notification = "amountMismatch", count = 2 });
        await _sim.ArmNotificationFaultAsync(new { notification = "duplicate", copies = 1 });

        foreach (var deliveriesSoFar in new[] { 2, 3, 4 })
        {
            await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
            await _sim.DeliveriesAsync(deliveriesSoFar);
        }
        var received = await _sim.Receiver.WaitForAsync(4);
        var totals = received
            .Select(notification => _sim.Merchant.Open(notification).Resource)
            .GroupBy(transaction => transaction.GetProperty("out_trade_no").GetString())
            .Select(order => (Copies: order.Count(), Total: order.First().GetProperty("amount").GetProperty("total").GetInt64()))
            .ToList();

        Assert.Equal([(2, PaySimulator.Total + 1), (1, PaySimulator.Total + 1), (1, PaySimulator.Total)], totals);
    }

    [Theory]
    [InlineData("""{"notification":"explode"}""")]
    [InlineData("""{"notification":"duplicate","copies":0}""")]
    [InlineData("""{"notification":"delay"}""")]
    [InlineData("""{"api":"payJsapi","fault":"closeRace"}""")]
    [InlineData("""{"api":"payJsapi","fault":"status","status":404}""")]
    [InlineData("""{"api":"noSuchApi","fault":"timeout"}""")]
    public async Task RefusesAFaultThatCannotBeArmed(string fault)
    {
        using var response = await _sim.Host.Client.PostAsync(
            "__sim/faults", new StringContent(fault, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
