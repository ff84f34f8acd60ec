using System.Net;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class RefundTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task APartialRefundIsProcessingThenSucceedsAndIsNotified()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var transactionId = await _sim.PaidOrderAsync(outTradeNo);
        await _sim.Receiver.WaitForAsync(1);

        var accepted = await _sim.RefundAsync(outTradeNo, "R1" + outTradeNo, 1000);
        await _sim.AdvanceClockAsync(2);
        var settled = await _sim.QueryRefundAsync("R1" + outTradeNo);
        var (envelope, refund) = _sim.Merchant.Open((await _sim.Receiver.WaitForAsync(2))[1]);

        Assert.Equal(HttpStatusCode.OK, accepted.Status);
        Assert.Equal("PROCESSING", accepted.Json.GetProperty("status").GetString());
        Assert.Matches("^50[0-9]{27}$", accepted.Json.GetProperty("refund_id").GetString());
        Assert.Equal(transactionId, accepted.Json.GetProperty("transaction_id").GetString());
        Assert.Equal("SUCCESS", settled.Json.GetProperty("status").GetString());
        Assert.True(settled.Json.TryGetProperty("success_time", out _));
        Assert.Equal("REFUND.SUCCESS", envelope.GetProperty("event_type").GetString());
        Assert.Equal("refund", envelope.GetProperty("resource").GetProperty("associated_data").GetString());
        Assert.Equal(1000, refund.GetProperty("amount").GetProperty("refund").GetInt64());
        Assert.Equal(PaySimulator.Total, refund.GetProperty("amount").GetProperty("total").GetInt64());
        Assert.Equal("REFUND", await _sim.TradeStateAsync(outTradeNo));
    }

    [Fact]
    public async Task RefundsSettleOnTheirOwnAfterTheRefundDelay()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);

        await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 100);
        var received = await _sim.Receiver.WaitForAsync(2);

        Assert.Contains(received, notification =>
            _sim.Merchant.Open(notification).Envelope.GetProperty("event_type").GetString() == "REFUND.SUCCESS");
    }

    [Fact]
    public async Task RefundsCannotExceedTheOrderTotal()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);

        var first = await _sim.RefundAsync(outTradeNo, "A" + outTradeNo, 3000);
        var second = await _sim.RefundAsync(outTradeNo, "B" + outTradeNo, 1900);
        var third = await _sim.RefundAsync(outTradeNo, "C" + outTradeNo, 1);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(HttpStatusCode.BadRequest, third.Status);
        Assert.Equal("INVALID_REQUEST", third.Code);
    }

    [Fact]
    public async Task ARetriedOutRefundNoReturnsTheSameRefundAndAChangedOneIsRefused()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);

        var first = await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 500);
        var retry = await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 500);
        var changed = await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 600);

        Assert.Equal(first.Json.GetProperty("refund_id").GetString(), retry.Json.GetProperty("refund_id").GetString());
        Assert.Equal("INVALID_REQUEST", changed.Code);
    }

    [Fact]
    public async Task AnOrderTakesAtMostFiftyRefunds()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);

        var accepted = 0;
        for (var i = 0; i < 50; i++)
        {
            accepted += (await _sim.RefundAsync(outTradeNo, $"R{i}{outTradeNo}", 1)).Status == HttpStatusCode.OK ? 1 : 0;
        }
        var fiftyFirst = await _sim.RefundAsync(outTradeNo, "R50" + outTradeNo, 1);

        Assert.Equal(50, accepted);
        Assert.Equal("INVALID_REQUEST", fiftyFirst.Code);
    }

    [Fact]
    public async Task RefusesRefundsOfUnpaidOrdersAndWithAWrongTotal()
    {
        var unpaid = PaySimulator.NewOutTradeNo();
        var paid = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(unpaid);
        await _sim.PaidOrderAsync(paid);

        var ofUnpaid = await _sim.RefundAsync(unpaid, "R" + unpaid, 100);
        var wrongTotal = await _sim.RefundAsync(paid, "R" + paid, 100, total: 5000);
        var unknown = await _sim.RefundAsync("NOPE123456", "RNOPE", 100);

        Assert.Equal("INVALID_REQUEST", ofUnpaid.Code);
        Assert.Equal("PARAM_ERROR", wrongTotal.Code);
        Assert.Equal("ORDER_NOT_EXIST", unknown.Code);
    }

    [Fact]
    public async Task SpacingRuleRefusesASecondRefundWithinAMinuteWhenEnabled()
    {
        await using var sim = await PaySimulator.StartAsync(settings: new Dictionary<string, string?>
        {
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.EnforceRefundSpacing)}"] = "true",
        });
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await sim.PaidOrderAsync(outTradeNo);
        await sim.RefundAsync(outTradeNo, "A" + outTradeNo, 100);

        var tooSoon = await sim.RefundAsync(outTradeNo, "B" + outTradeNo, 100);
        await sim.AdvanceClockAsync(61);
        var later = await sim.RefundAsync(outTradeNo, "B" + outTradeNo, 100);

        Assert.Equal(HttpStatusCode.TooManyRequests, tooSoon.Status);
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }
}
