using System.Collections.Concurrent;
using System.Net;
using KnowledgePay.Infrastructure.WeChat.Pay;
using KnowledgePay.Tests.Shared;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests.Pay;

/// <summary>The helper the product's functional tests drive purchases with.</summary>
public sealed class SharedServerTests
{
    [Fact]
    public async Task DrivesAPurchaseWithNotificationsDeliveredThroughTheHostsHandler()
    {
        var handler = new RecordingHandler();
        await using var server = await WeChatSimulatorServer.StartAsync(() => handler);
        var (openId, _) = await server.LoginCodeAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var merchant = new Merchant(server.PayKeys, TimeProvider.System);
        var pay = new PayClient(http, merchant);
        var outTradeNo = PaySimulator.NewOutTradeNo();
        var order = await pay.PostAsync("v3/pay/transactions/jsapi", new Dictionary<string, object>
        {
            ["appid"] = WeChatSimulatorServer.AppId,
            ["mchid"] = server.MchId,
            ["description"] = "Course",
            ["out_trade_no"] = outTradeNo,
            ["notify_url"] = "https://knowledgepay.test/wechatpay/notify",
            ["amount"] = new { total = 100, currency = "CNY" },
            ["payer"] = new { openid = openId },
        });

        var paid = await server.PayAsync(outTradeNo);
        var deliveries = await server.WaitForDeliveriesAsync(1);

        Assert.Equal(HttpStatusCode.OK, order.Status);
        Assert.Equal(server.MchId, server.PaySettings["WeChatPay:MchId"]);
        Assert.Equal("SUCCESS", paid.GetProperty("trade_state").GetString());
        Assert.Equal(204, deliveries[0].GetProperty("status").GetInt32());
        Assert.True(deliveries[0].GetProperty("succeeded").GetBoolean());
        var (headers, body) = Assert.Single(handler.Received);
        Assert.Equal(SignatureVerification.Valid, merchant.Verify(headers, body));
        Assert.Equal("SUCCESS", (await server.TransactionAsync(outTradeNo))
            .GetProperty("transaction").GetProperty("trade_state").GetString());
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentQueue<(IReadOnlyDictionary<string, string> Headers, byte[] Body)> Received { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.ToDictionary(
                header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
            Received.Enqueue((headers, await request.Content!.ReadAsByteArrayAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        }
    }
}
