using System.Net;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class ApiFaultTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [InlineData(500, "SYSTEM_ERROR")]
    [InlineData(429, "FREQUENCY_LIMITED")]
    [InlineData(503, "SERVICE_UNAVAILABLE")]
    public async Task StatusAnswersTheErrorForItsCountWithoutCreatingTheOrder(int status, string code)
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.ArmApiFaultAsync("payJsapi", "status", status, count: 2);

        var first = await _sim.OrderAsync(_sim.OrderBody(outTradeNo));
        var second = await _sim.OrderAsync(_sim.OrderBody(outTradeNo));
        var between = await _sim.QueryAsync(outTradeNo);
        var third = await _sim.OrderAsync(_sim.OrderBody(outTradeNo));

        Assert.Equal((HttpStatusCode)status, first.Status);
        Assert.Equal(code, first.Code);
        Assert.Equal(code, second.Code);
        Assert.Equal("ORDER_NOT_EXIST", between.Code);
        Assert.Equal(HttpStatusCode.OK, third.Status);
    }

    [Fact]
    public async Task TimeoutHangsUntilTheClientGivesUpWithoutCreatingTheOrder()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.ArmApiFaultAsync("payJsapi", "timeout");

        await Assert.ThrowsAsync<TaskCanceledException>(() => ImpatientClient().PostAsync(
            "v3/pay/transactions/jsapi", _sim.OrderBody(outTradeNo)));

        Assert.Equal("ORDER_NOT_EXIST", (await _sim.QueryAsync(outTradeNo)).Code);
    }

    [Fact]
    public async Task ResetDropsTheConnection()
    {
        await _sim.ArmApiFaultAsync("payQueryByOutTradeNo", "reset");

        await Assert.ThrowsAsync<HttpRequestException>(() => _sim.QueryAsync("NOPE123456"));
    }

    [Fact]
    public async Task CommitThenTimeoutAppliesTheChangeSoAnIdempotentRetrySucceeds()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.ArmApiFaultAsync("payJsapi", "commitThenTimeout");

        await Assert.ThrowsAsync<TaskCanceledException>(() => ImpatientClient().PostAsync(
            "v3/pay/transactions/jsapi", _sim.OrderBody(outTradeNo)));
        var committed = await _sim.TradeStateAsync(outTradeNo);
        var retried = await _sim.OrderAsync(_sim.OrderBody(outTradeNo));

        Assert.Equal("NOTPAY", committed);
        Assert.Equal(HttpStatusCode.OK, retried.Status);
    }

    [Fact]
    public async Task UnsignedSuccessAnswersWithoutSignatureHeaders()
    {
        await _sim.ArmApiFaultAsync("payJsapi", "unsignedSuccess");

        var response = await _sim.OrderAsync(_sim.OrderBody(PaySimulator.NewOutTradeNo()));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.IsSigned);
        Assert.Equal(SignatureVerification.Malformed, _sim.Merchant.Verify(response.Headers, response.Body));
    }

    [Theory]
    [InlineData("badResponseSignature", SignatureVerification.InvalidSignature)]
    [InlineData("probeResponse", SignatureVerification.Probe)]
    public async Task ResponseSignatureFaultsFailTheProductsVerifier(string fault, SignatureVerification expected)
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);
        await _sim.ArmApiFaultAsync("payQueryByOutTradeNo", fault);

        var response = await _sim.QueryAsync(outTradeNo);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, _sim.Merchant.Verify(response.Headers, response.Body));
    }

    [Fact]
    public async Task CloseRaceRefusesTheCloseWhileTheUserPays()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);
        await _sim.ArmApiFaultAsync("payClose", "closeRace");

        var close = await _sim.CloseAsync(outTradeNo);
        var received = await _sim.Receiver.WaitForAsync(1);

        Assert.Equal(HttpStatusCode.TooManyRequests, close.Status);
        Assert.Equal("FREQUENCY_LIMITED", close.Code);
        Assert.Equal("SUCCESS", await _sim.TradeStateAsync(outTradeNo));
        Assert.Equal("TRANSACTION.SUCCESS", _sim.Merchant.Open(received[0]).Envelope.GetProperty("event_type").GetString());
    }

    [Fact]
    public async Task RefundNotEnoughRefusesTheRefund()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);
        await _sim.ArmApiFaultAsync("refundCreate", "refundNotEnough");

        var refund = await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 100);

        Assert.Equal(HttpStatusCode.Forbidden, refund.Status);
        Assert.Equal("NOT_ENOUGH", refund.Code);
        Assert.Equal("RESOURCE_NOT_EXISTS", (await _sim.QueryRefundAsync("R" + outTradeNo)).Code);
    }

    [Theory]
    [InlineData("refundAbnormal", "ABNORMAL")]
    [InlineData("refundClosed", "CLOSED")]
    public async Task RefundFaultsSettleTheRefundAsFailedAndNotifyIt(string fault, string status)
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);
        await _sim.Receiver.WaitForAsync(1);
        await _sim.ArmApiFaultAsync("refundCreate", fault);

        var accepted = await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 100);
        await _sim.AdvanceClockAsync(5);
        var settled = await _sim.QueryRefundAsync("R" + outTradeNo);
        var notification = (await _sim.Receiver.WaitForAsync(2))[1];

        Assert.Equal("PROCESSING", accepted.Json.GetProperty("status").GetString());
        Assert.Equal(status, settled.Json.GetProperty("status").GetString());
        var (envelope, refund) = _sim.Merchant.Open(notification);
        Assert.Equal($"REFUND.{status}", envelope.GetProperty("event_type").GetString());
        Assert.Equal(status, refund.GetProperty("refund_status").GetString());
    }

    private PayClient ImpatientClient() => new(
        new HttpClient { BaseAddress = _sim.Host.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(1) }, _sim.Merchant);
}
