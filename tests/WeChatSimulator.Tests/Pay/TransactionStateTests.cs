using System.Net;
using System.Net.Http.Json;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

public sealed class TransactionStateTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;

    public async Task InitializeAsync() => _sim = await PaySimulator.StartAsync();

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task ANewOrderIsNotPaidAndShowsNoPayer()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);

        var query = await _sim.QueryAsync(outTradeNo);

        Assert.Equal(SignatureVerification.Valid, _sim.Merchant.Verify(query.Headers, query.Body));
        Assert.Equal("NOTPAY", query.Json.GetProperty("trade_state").GetString());
        Assert.Equal(PaySimulator.Total, query.Json.GetProperty("amount").GetProperty("total").GetInt64());
        Assert.False(query.Json.TryGetProperty("transaction_id", out _));
        Assert.False(query.Json.TryGetProperty("payer", out _));
    }

    [Fact]
    public async Task PayingMovesTheOrderToSuccessFindableByTransactionId()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var transactionId = await _sim.PaidOrderAsync(outTradeNo);

        var byId = await _sim.Pay.GetAsync($"v3/pay/transactions/id/{transactionId}?mchid={_sim.Merchant.MchId}");

        Assert.Matches("^42[0-9]{26}$", transactionId);
        Assert.Equal("SUCCESS", byId.Json.GetProperty("trade_state").GetString());
        Assert.Equal(outTradeNo, byId.Json.GetProperty("out_trade_no").GetString());
        Assert.Equal(_sim.OpenId, byId.Json.GetProperty("payer").GetProperty("openid").GetString());
        Assert.Equal("order-7", byId.Json.GetProperty("attach").GetString());
    }

    [Fact]
    public async Task ClosingAnUnpaidOrderAnswersSigned204AndTheOrderStaysClosed()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);

        var close = await _sim.CloseAsync(outTradeNo);
        var again = await _sim.CloseAsync(outTradeNo);
        using var pay = await _sim.PayControlAsync(new { out_trade_no = outTradeNo, outcome = "SUCCESS" });

        Assert.Equal(HttpStatusCode.NoContent, close.Status);
        Assert.Empty(close.Body);
        Assert.Equal(SignatureVerification.Valid, _sim.Merchant.Verify(close.Headers, close.Body));
        Assert.Equal("CLOSED", await _sim.TradeStateAsync(outTradeNo));
        Assert.Equal("ORDER_CLOSED", again.Code);
        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);
    }

    [Fact]
    public async Task ClosingAPaidOrderIsRefused()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PaidOrderAsync(outTradeNo);

        var close = await _sim.CloseAsync(outTradeNo);

        Assert.Equal(HttpStatusCode.BadRequest, close.Status);
        Assert.Equal("SUCCESS", await _sim.TradeStateAsync(outTradeNo));
    }

    [Fact]
    public async Task AnOrderPastItsTimeExpireClosesAndCannotBePaid()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var expire = DateTimeOffset.UtcNow.AddMinutes(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        await _sim.OrderAsync(_sim.OrderBody(outTradeNo, timeExpire: expire));
        await _sim.AdvanceClockAsync(11 * 60);

        using var pay = await _sim.PayControlAsync(new { out_trade_no = outTradeNo, outcome = "SUCCESS" });

        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);
        Assert.Equal("CLOSED", await _sim.TradeStateAsync(outTradeNo));
    }

    [Fact]
    public async Task APrepayIdOlderThanTwoHoursCannotBePaid()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var prepayId = await _sim.PlaceOrderAsync(outTradeNo);
        await _sim.AdvanceClockAsync(TimeSpan.FromHours(2).TotalSeconds + 60);

        using var pay = await _sim.PayControlAsync(new { prepay_id = prepayId, outcome = "SUCCESS" });

        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);
        Assert.Equal("NOTPAY", await _sim.TradeStateAsync(outTradeNo));
    }

    [Fact]
    public async Task PayingAsAnotherUserIsRefused()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var prepayId = await _sim.PlaceOrderAsync(outTradeNo);

        using var pay = await _sim.PayControlAsync(new { prepay_id = prepayId, outcome = "SUCCESS", openid = "o-other" });

        Assert.Equal(HttpStatusCode.Conflict, pay.StatusCode);
    }

    [Fact]
    public async Task PayErrorAndCancelSendNoNotification()
    {
        var failed = PaySimulator.NewOutTradeNo();
        var cancelled = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(failed);
        await _sim.PlaceOrderAsync(cancelled);

        await _sim.PayAsync(failed, "PAYERROR");
        await _sim.PayAsync(cancelled, "CANCEL");
        await _sim.PayAsync(failed);
        await _sim.DeliveriesAsync(1);

        Assert.Equal("NOTPAY", await _sim.TradeStateAsync(cancelled));
        Assert.Equal("SUCCESS", await _sim.TradeStateAsync(failed));
        Assert.Single(await _sim.DeliveriesAsync());
    }

    [Fact]
    public async Task PayerTotalBelowTotalIsReportedAsPaidWithACoupon()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        await _sim.PlaceOrderAsync(outTradeNo);

        using var pay = await _sim.PayControlAsync(new { out_trade_no = outTradeNo, outcome = "SUCCESS", payerTotal = 4000 });
        var amount = (await _sim.QueryAsync(outTradeNo)).Json.GetProperty("amount");

        Assert.Equal(HttpStatusCode.OK, pay.StatusCode);
        Assert.Equal(4900, amount.GetProperty("total").GetInt64());
        Assert.Equal(4000, amount.GetProperty("payer_total").GetInt64());
    }

    [Fact]
    public async Task UnknownOrdersAre404()
    {
        var query = await _sim.QueryAsync("NOPE123456");
        using var pay = await _sim.PayControlAsync(new { out_trade_no = "NOPE123456", outcome = "SUCCESS" });
        using var inspect = await _sim.Host.Client.GetAsync("__sim/transactions/NOPE123456");

        Assert.Equal("ORDER_NOT_EXIST", query.Code);
        Assert.Equal(HttpStatusCode.NotFound, pay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inspect.StatusCode);
    }

    [Fact]
    public async Task InspectionShowsPrepayAndRefunds()
    {
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var prepayId = await _sim.PlaceOrderAsync(outTradeNo);
        await _sim.PayAsync(outTradeNo);
        await _sim.RefundAsync(outTradeNo, "R" + outTradeNo, 100);

        var inspection = await _sim.Host.Client.GetFromJsonAsync<System.Text.Json.JsonElement>($"__sim/transactions/{outTradeNo}");

        Assert.Equal(prepayId, inspection.GetProperty("prepay_id").GetString());
        Assert.Equal("REFUND", inspection.GetProperty("transaction").GetProperty("trade_state").GetString());
        Assert.Equal(100, inspection.GetProperty("refunds")[0].GetProperty("amount").GetProperty("refund").GetInt64());
    }
}
