using System.Text.Json;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Infrastructure.WeChat.Pay;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class WeChatPayJsapiGatewayTests : IDisposable
{
    private const string OutTradeNo = "KP20260101000000001";
    private const string OutRefundNo = "KPR20260101000000001";
    private const string OpenId = "o_buyer_0001";
    private const string PrepayId = "wx01000000000000000000000000000000";

    private static readonly string PaidTransaction = Transaction("SUCCESS", paid: true);

    private readonly FakeWeChatPayServer _server = new();
    private readonly ServiceProvider _services;

    public WeChatPayJsapiGatewayTests() => _services = WeChatPayServices.Build(_server);

    private IPaymentGateway Gateway => _services.GetRequiredService<IPaymentGateway>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task StartPaymentPostsTheSignedJsapiOrderUnderTheBasePath()
    {
        _server.Then(new FakeAnswer(200, $$"""{"prepay_id":"{{PrepayId}}"}"""));

        await Gateway.StartPaymentAsync(Purchase(), CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.True(request.IsSignedByMerchant);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/wechat-sim/v3/pay/transactions/jsapi", request.PathAndQuery);
        Assert.Equal("application/json", request.Headers["Accept"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.False(string.IsNullOrWhiteSpace(request.Headers["User-Agent"]));
        Assert.Equal(TestKeys.PublicKeyId, request.Headers[WeChatPaySignatureHeaders.SerialHeader]);
    }

    [Fact]
    public async Task StartPaymentSendsTheOrderInWeChatsShape()
    {
        _server.Then(new FakeAnswer(200, $$"""{"prepay_id":"{{PrepayId}}"}"""));

        await Gateway.StartPaymentAsync(Purchase(), CancellationToken.None);

        var body = JsonDocument.Parse(Assert.Single(_server.Requests).Body).RootElement;
        Assert.Equal(WeChatPayServices.AppId, body.GetProperty("appid").GetString());
        Assert.Equal(TestKeys.MchId, body.GetProperty("mchid").GetString());
        Assert.Equal("Course: Deep Work", body.GetProperty("description").GetString());
        Assert.Equal(OutTradeNo, body.GetProperty("out_trade_no").GetString());
        Assert.Equal("2026-01-01T08:30:00+08:00", body.GetProperty("time_expire").GetString());
        Assert.Equal(WeChatPayServices.NotifyUrl, body.GetProperty("notify_url").GetString());
        Assert.Equal(4900, body.GetProperty("amount").GetProperty("total").GetInt64());
        Assert.Equal("CNY", body.GetProperty("amount").GetProperty("currency").GetString());
        Assert.Equal(OpenId, body.GetProperty("payer").GetProperty("openid").GetString());
    }

    [Fact]
    public async Task StartPaymentReturnsRequestPaymentParametersWithAValidPaySign()
    {
        _server.Then(new FakeAnswer(200, $$"""{"prepay_id":"{{PrepayId}}"}"""));

        var result = await Gateway.StartPaymentAsync(Purchase(), CancellationToken.None);

        var parameters = Assert.IsType<JsapiPaymentParameters>(result.Value);
        Assert.Equal(WeChatPayServices.AppId, parameters.AppId);
        Assert.Equal("1767225600", parameters.TimeStamp);
        Assert.Equal($"prepay_id={PrepayId}", parameters.Package);
        Assert.Equal("RSA", parameters.SignType);
        Assert.True(TestKeys.IsMerchantSignature(
            MiniProgramPaymentSigner.PaySignMessage(parameters.AppId, parameters.TimeStamp, parameters.NonceStr, parameters.Package),
            parameters.PaySign));
    }

    [Fact]
    public async Task QuerySignsThePathWithItsMchidQueryAndAnEmptyBody()
    {
        _server.Then(new FakeAnswer(200, PaidTransaction));

        await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.True(request.IsSignedByMerchant);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/wechat-sim/v3/pay/transactions/out-trade-no/{OutTradeNo}?mchid={TestKeys.MchId}", request.PathAndQuery);
        Assert.Equal(string.Empty, request.Body);
    }

    [Fact]
    public async Task QueryReportsAPaidTransaction()
    {
        _server.Then(new FakeAnswer(200, PaidTransaction));

        var result = await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(
            new TransactionReport(OutTradeNo, TransactionState.Succeeded, "4200000000202601010000000001", 4900, "CNY", OpenId,
                new DateTimeOffset(2026, 1, 1, 8, 5, 0, TimeSpan.FromHours(8))),
            result.Value);
    }

    [Theory]
    [InlineData("NOTPAY", TransactionState.NotPaid)]
    [InlineData("CLOSED", TransactionState.Closed)]
    [InlineData("USERPAYING", TransactionState.Paying)]
    [InlineData("PAYERROR", TransactionState.Failed)]
    [InlineData("REVOKED", TransactionState.Revoked)]
    [InlineData("REFUND", TransactionState.Refunded)]
    public async Task QueryReportsTheTradeStateOfAnUnpaidOrder(string tradeState, TransactionState expected)
    {
        _server.Then(new FakeAnswer(200, Transaction(tradeState, paid: false)));

        var result = await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(new TransactionReport(OutTradeNo, expected, null, null, null, null, null), result.Value);
    }

    [Theory]
    [InlineData("wx0000000000000000", TestKeys.MchId, OutTradeNo)]
    [InlineData(WeChatPayServices.AppId, "1900000002", OutTradeNo)]
    [InlineData(WeChatPayServices.AppId, TestKeys.MchId, "KP20260101000000002")]
    public async Task QueryAnsweredAboutAnotherAppMerchantOrOrderIsAnUnknownOutcome(string appId, string mchId, string outTradeNo)
    {
        _server.Then(new FakeAnswer(200, PaidTransaction
            .Replace(WeChatPayServices.AppId, appId).Replace(TestKeys.MchId, mchId).Replace(OutTradeNo, outTradeNo)));

        var result = await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
    }

    [Fact]
    public async Task CloseSucceedsOnASigned204()
    {
        _server.Then(new FakeAnswer(204, string.Empty));

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Same(Closed.Instance, result.Value);
        var request = Assert.Single(_server.Requests);
        Assert.Equal($"/wechat-sim/v3/pay/transactions/out-trade-no/{OutTradeNo}/close", request.PathAndQuery);
        Assert.Equal($$"""{"mchid":"{{TestKeys.MchId}}"}""", request.Body);
    }

    [Fact]
    public async Task RefundPostsTheOriginalTotalAndReportsTheRefund()
    {
        _server.Then(new FakeAnswer(200, Refund("PROCESSING")));

        var result = await Gateway.RefundAsync(
            new RefundRequest(OutTradeNo, OutRefundNo, 1000, 4900, "Not what I expected"), CancellationToken.None);

        Assert.Equal(
            new RefundReport(OutRefundNo, OutTradeNo, "50000000382019052709732678859", RefundState.Processing, 1000, null),
            result.Value);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/wechat-sim/v3/refund/domestic/refunds", request.PathAndQuery);
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(OutTradeNo, body.GetProperty("out_trade_no").GetString());
        Assert.Equal(OutRefundNo, body.GetProperty("out_refund_no").GetString());
        Assert.Equal("Not what I expected", body.GetProperty("reason").GetString());
        Assert.Equal(WeChatPayServices.NotifyUrl, body.GetProperty("notify_url").GetString());
        Assert.Equal(1000, body.GetProperty("amount").GetProperty("refund").GetInt64());
        Assert.Equal(4900, body.GetProperty("amount").GetProperty("total").GetInt64());
        Assert.Equal("CNY", body.GetProperty("amount").GetProperty("currency").GetString());
    }

    [Theory]
    [InlineData("SUCCESS", RefundState.Succeeded)]
    [InlineData("CLOSED", RefundState.Closed)]
    [InlineData("ABNORMAL", RefundState.Abnormal)]
    public async Task RefundQueryReportsTheRefundState(string status, RefundState expected)
    {
        _server.Then(new FakeAnswer(200, Refund(status)));

        var result = await Gateway.QueryRefundAsync(OutRefundNo, CancellationToken.None);

        Assert.Equal(expected, result.Value?.State);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/wechat-sim/v3/refund/domestic/refunds/{OutRefundNo}", request.PathAndQuery);
    }

    [Fact]
    public async Task RefundQueryReadsTheSuccessTime()
    {
        _server.Then(new FakeAnswer(200, Refund("SUCCESS")));

        var result = await Gateway.QueryRefundAsync(OutRefundNo, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.FromHours(8)), result.Value?.SucceededAt);
    }

    [Theory]
    [InlineData(PlatformSigning.Unsigned)]
    [InlineData(PlatformSigning.Probe)]
    [InlineData(PlatformSigning.StaleTimestamp)]
    [InlineData(PlatformSigning.BadSignature)]
    [InlineData(PlatformSigning.UnknownSerial)]
    public async Task AnUnverifiedSuccessIsAnUnknownOutcome(PlatformSigning signing)
    {
        _server.Then(new FakeAnswer(200, PaidTransaction, signing));

        var result = await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Null(result.Value);
        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
    }

    [Theory]
    [InlineData(PlatformSigning.Unsigned)]
    [InlineData(PlatformSigning.Probe)]
    public async Task AnUnverified204IsAnUnknownOutcome(PlatformSigning signing)
    {
        _server.Then(new FakeAnswer(204, string.Empty, signing));

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
    }

    [Theory]
    [InlineData(404, "ORDER_NOT_EXIST", "订单不存在", PaymentFailureKind.NotFound)]
    [InlineData(404, "RESOURCE_NOT_EXISTS", "退款单不存在", PaymentFailureKind.NotFound)]
    [InlineData(400, "ORDER_CLOSED", "订单已关闭", PaymentFailureKind.AlreadyClosed)]
    [InlineData(403, "ORDERPAID", "订单已支付", PaymentFailureKind.PaidOrPaying)]
    [InlineData(403, "OUT_TRADE_NO_USED", "商户订单号重复", PaymentFailureKind.PaidOrPaying)]
    [InlineData(400, "INVALID_REQUEST", "201 商户订单号重复", PaymentFailureKind.DuplicateOrderNumber)]
    [InlineData(400, "INVALID_REQUEST", "参数与首次请求时不一致", PaymentFailureKind.Rejected)]
    [InlineData(403, "NOT_ENOUGH", "基本账户余额不足", PaymentFailureKind.InsufficientBalance)]
    [InlineData(429, "RATELIMIT_EXCEEDED", "频率超限", PaymentFailureKind.RateLimited)]
    [InlineData(403, "FREQUENCY_LIMITED", "频率超限", PaymentFailureKind.RateLimited)]
    [InlineData(400, "PARAM_ERROR", "参数错误", PaymentFailureKind.Rejected)]
    [InlineData(403, "NO_AUTH", "商户无权限", PaymentFailureKind.Rejected)]
    public async Task RefusalsMapToTheirFailureKind(int status, string code, string message, PaymentFailureKind expected)
    {
        _server.Then(FakeAnswer.Error(status, code, message));

        var result = await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(new PaymentFailure(expected, code, message), result.Failure);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ASigned202IsPaidOrPaying()
    {
        _server.Then(FakeAnswer.Error(202, "USERPAYING", "用户支付中", PlatformSigning.Valid));

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.PaidOrPaying, result.Failure?.Kind);
    }

    [Fact]
    public async Task ASignedRefusalWhoseSignatureFailsIsAnUnknownOutcome()
    {
        _server.Then(FakeAnswer.Error(404, "ORDER_NOT_EXIST", "订单不存在", PlatformSigning.Probe));

        var result = await Gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
    }

    [Fact]
    public async Task RequestsThatFailWeChatsSignatureCheckAreRejected()
    {
        var services = WeChatPayServices.Build(_server, WithSetting("WeChatPay:MchId", "1900000009"));

        var result = await services.GetRequiredService<IPaymentGateway>().QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(new PaymentFailure(PaymentFailureKind.Rejected, "SIGN_ERROR", "refused"), result.Failure);
    }

    [Fact]
    public async Task RetriesAServerErrorWithTheSameOrderUntilItSucceeds()
    {
        _server.Then(FakeAnswer.Error(500, "SYSTEM_ERROR"), FakeAnswer.Error(503, "SERVICE_UNAVAILABLE"),
            new FakeAnswer(200, $$"""{"prepay_id":"{{PrepayId}}"}"""));

        var result = await Gateway.StartPaymentAsync(Purchase(), CancellationToken.None);

        Assert.NotNull(result.Value);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, request => Assert.True(request.IsSignedByMerchant));
        Assert.Single(_server.Requests.Select(request => request.Body).Distinct());
        Assert.Contains($"\"out_trade_no\":\"{OutTradeNo}\"", _server.Requests[0].Body);
    }

    [Fact]
    public async Task GivesUpAfterTwoRetriesWithAnUnknownOutcome()
    {
        _server.Otherwise = FakeAnswer.Error(500, "SYSTEM_ERROR", "系统错误");

        var result = await Gateway.StartPaymentAsync(Purchase(), CancellationToken.None);

        Assert.Equal(new PaymentFailure(PaymentFailureKind.OutcomeUnknown, "SYSTEM_ERROR", "系统错误"), result.Failure);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task RetryCountIsConfigurable()
    {
        _server.Otherwise = FakeAnswer.Error(500, "SYSTEM_ERROR");
        var services = WeChatPayServices.Build(_server, WithSetting("WeChatPay:MaxRetries", "0"));

        await services.GetRequiredService<IPaymentGateway>().QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task TimeoutsAreRetriedThenAnUnknownOutcome()
    {
        _server.Otherwise = FakeAnswer.Hang;

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.Equal(PaymentFailureKind.OutcomeUnknown, result.Failure?.Kind);
        Assert.Equal("TIMEOUT", result.Failure?.Code);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task ADroppedConnectionIsRetried()
    {
        _server.Then(FakeAnswer.Reset, new FakeAnswer(204, string.Empty));

        var result = await Gateway.ClosePaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.NotNull(result.Value);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task RateLimitingIsNotRetriedInTheCall()
    {
        _server.Otherwise = FakeAnswer.Error(429, "FREQUENCY_LIMITED");

        var result = await Gateway.RefundAsync(new RefundRequest(OutTradeNo, OutRefundNo, 1000, 4900, "r"), CancellationToken.None);

        Assert.Equal(PaymentFailureKind.RateLimited, result.Failure?.Kind);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task TheCircuitOpensWhenWeChatPayKeepsFailingAndThenStopsAskingIt()
    {
        _server.Otherwise = FakeAnswer.Error(500, "SYSTEM_ERROR");
        var settings = WithSetting("WeChatPay:MaxRetries", "0");
        settings["WeChatPay:CircuitBreakerMinimumThroughput"] = "2";
        var gateway = WeChatPayServices.Build(_server, settings).GetRequiredService<IPaymentGateway>();

        var failed = new[]
        {
            await gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None),
            await gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None),
        };
        var refused = await gateway.QueryPaymentAsync(OutTradeNo, CancellationToken.None);

        Assert.All(failed, result => Assert.Equal("SYSTEM_ERROR", result.Failure?.Code));
        Assert.Equal(new PaymentFailure(PaymentFailureKind.OutcomeUnknown, "CIRCUIT_OPEN", "WeChat Pay failed too often just now; it was not asked."), refused.Failure);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ACallerCancellationIsNotAnOutcome()
    {
        _server.Otherwise = FakeAnswer.Hang;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Gateway.QueryPaymentAsync(OutTradeNo, cancellation.Token));
    }

    private static PaymentRequest Purchase() =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), OutTradeNo, "Course: Deep Work", 4900, OpenId, TestKeys.Now.AddMinutes(30));

    private static Dictionary<string, string?> WithSetting(string key, string value)
    {
        var settings = WeChatPayServices.Settings();
        settings[key] = value;
        return settings;
    }

    private static string Transaction(string tradeState, bool paid) => paid
        ? $$"""
          {"appid":"{{WeChatPayServices.AppId}}","mchid":"{{TestKeys.MchId}}","out_trade_no":"{{OutTradeNo}}",
           "transaction_id":"4200000000202601010000000001","trade_type":"JSAPI","trade_state":"{{tradeState}}",
           "trade_state_desc":"支付成功","bank_type":"OTHERS","success_time":"2026-01-01T08:05:00+08:00",
           "payer":{"openid":"{{OpenId}}"},"amount":{"total":4900,"payer_total":4900,"currency":"CNY","payer_currency":"CNY"} }
          """
        : $$"""
          {"appid":"{{WeChatPayServices.AppId}}","mchid":"{{TestKeys.MchId}}","out_trade_no":"{{OutTradeNo}}",
           "trade_state":"{{tradeState}}","trade_state_desc":"未支付"}
          """;

    private static string Refund(string status) => $$"""
        {"refund_id":"50000000382019052709732678859","out_refund_no":"{{OutRefundNo}}",
         "transaction_id":"4200000000202601010000000001","out_trade_no":"{{OutTradeNo}}","channel":"ORIGINAL",
         "user_received_account":"招商银行信用卡0403","create_time":"2026-01-02T09:59:00+08:00",
         {{(status == "SUCCESS" ? "\"success_time\":\"2026-01-02T10:00:00+08:00\"," : string.Empty)}}
         "status":"{{status}}","funds_account":"AVAILABLE",
         "amount":{"total":4900,"refund":1000,"payer_total":4900,"payer_refund":1000,"currency":"CNY"} }
        """;
}
