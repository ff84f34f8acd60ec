using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.WeChatSimulator.Tests.Support;

/// <summary>
/// A simulator with fast notification retries, a merchant that signs with the product's code, a notify_url receiver
/// and a signed-in buyer: the starting point of every WeChat Pay test.
/// </summary>
internal sealed class PaySimulator : IAsyncDisposable
{
    public const long Total = 4900;

    private readonly ShiftedClock _merchantClock;

    private PaySimulator(
        SimulatorHost host, NotificationReceiver receiver, PayClient pay, string openId, ShiftedClock merchantClock)
    {
        _merchantClock = merchantClock;
        Host = host;
        Receiver = receiver;
        Pay = pay;
        OpenId = openId;
    }

    public SimulatorHost Host { get; }

    public NotificationReceiver Receiver { get; }

    public PayClient Pay { get; }

    public Merchant Merchant => Pay.Merchant;

    public string OpenId { get; }

    public static async Task<PaySimulator> StartAsync(
        string prefix = "", WeChatPayKeys? keys = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        keys ??= TestPayKeys.PublicKeyMode;
        var configuration = new Dictionary<string, string?>
        {
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.RetryTimeScale)}"] = "0.001",
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.HangSeconds)}"] = "5",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var host = await SimulatorHost.StartAsync(prefix, configuration, keys);
        var receiver = await NotificationReceiver.StartAsync();
        var (openId, _) = await host.CreateUserAsync();
        var merchantClock = new ShiftedClock();
        return new PaySimulator(
            host, receiver, new PayClient(host.Client, new Merchant(keys, merchantClock)), openId, merchantClock);
    }

    public static string NewOutTradeNo() => "KP" + Guid.NewGuid().ToString("N")[..20];

    /// <summary>A valid JSAPI body; pass values to change single fields.</summary>
    public Dictionary<string, object?> OrderBody(
        string outTradeNo, long total = Total, string? notifyUrl = null, string? timeExpire = null) => new()
        {
            ["appid"] = SimulatorHost.AppId,
            ["mchid"] = Merchant.MchId,
            ["description"] = "Course: Rust in Practice",
            ["out_trade_no"] = outTradeNo,
            ["time_expire"] = timeExpire,
            ["attach"] = "order-7",
            ["notify_url"] = notifyUrl ?? Receiver.Url,
            ["amount"] = new Dictionary<string, object?> { ["total"] = total, ["currency"] = "CNY" },
            ["payer"] = new Dictionary<string, object?> { ["openid"] = OpenId },
        };

    public Task<PayResponse> OrderAsync(Dictionary<string, object?> body) =>
        Pay.PostAsync("v3/pay/transactions/jsapi", body.Where(field => field.Value is not null).ToDictionary());

    public async Task<string> PlaceOrderAsync(string outTradeNo, long total = Total)
    {
        var response = await OrderAsync(OrderBody(outTradeNo, total));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        return response.Json.GetProperty("prepay_id").GetString()!;
    }

    public Task<PayResponse> QueryAsync(string outTradeNo) =>
        Pay.GetAsync($"v3/pay/transactions/out-trade-no/{outTradeNo}?mchid={Merchant.MchId}");

    public async Task<string> TradeStateAsync(string outTradeNo) =>
        (await QueryAsync(outTradeNo)).Json.GetProperty("trade_state").GetString()!;

    public Task<PayResponse> CloseAsync(string outTradeNo) =>
        Pay.PostAsync($"v3/pay/transactions/out-trade-no/{outTradeNo}/close", new { mchid = Merchant.MchId });

    public Task<PayResponse> RefundAsync(string outTradeNo, string outRefundNo, long refund, long total = Total) =>
        Pay.PostAsync("v3/refund/domestic/refunds", new
        {
            out_trade_no = outTradeNo,
            out_refund_no = outRefundNo,
            reason = "Changed my mind",
            notify_url = Receiver.Url,
            amount = new { refund, total, currency = "CNY" },
        });

    public Task<PayResponse> QueryRefundAsync(string outRefundNo) => Pay.GetAsync($"v3/refund/domestic/refunds/{outRefundNo}");

    /// <summary>Plays the buyer in wx.requestPayment through <c>POST /__sim/pay</c>.</summary>
    public async Task<HttpResponseMessage> PayControlAsync(object body) => await Host.Client.PostAsJsonAsync("__sim/pay", body);

    public async Task<JsonElement> PayAsync(string outTradeNo, string outcome = "SUCCESS")
    {
        using var response = await PayControlAsync(new { out_trade_no = outTradeNo, outcome });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>An order placed and paid: returns its transaction_id.</summary>
    public async Task<string> PaidOrderAsync(string outTradeNo, long total = Total)
    {
        await PlaceOrderAsync(outTradeNo, total);
        return (await PayAsync(outTradeNo)).GetProperty("transaction_id").GetString()!;
    }

    public Task ArmApiFaultAsync(string api, string fault, int? status = null, int count = 1) =>
        Host.PostControlAsync("__sim/faults", new { api, fault, status, count });

    public Task ArmNotificationFaultAsync(object fault) => Host.PostControlAsync("__sim/faults", fault);

    public Task<JsonElement[]> DeliveriesAsync() => Host.DeliveriesAsync();

    public Task<JsonElement[]> DeliveriesAsync(int count) => Host.DeliveriesAsync(count);

    /// <summary>Moves the simulated clock and the merchant's with it.</summary>
    public async Task AdvanceClockAsync(double seconds)
    {
        await Host.AdvanceClockAsync(seconds);
        _merchantClock.Offset += TimeSpan.FromSeconds(seconds);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
