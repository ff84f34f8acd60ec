using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator;
using KnowledgePay.WeChatSimulator.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Tests.Shared;

/// <summary>
/// The WeChat simulator in its own Kestrel host on a free port; the adapters under test reach it over HTTP. Compiled into
/// each test project that needs it (a linked file). WeChat Pay runs with freshly generated keys whose merchant side
/// <see cref="PaySettings"/> hands to the product, and with notification retries 1000 times faster than WeChat's.
/// </summary>
public sealed class WeChatSimulatorServer : IAsyncDisposable
{
    public const string AppId = WeChatSimulatorOptions.DevelopmentAppId;
    public const string AppSecret = WeChatSimulatorOptions.DevelopmentAppSecret;

    private readonly WebApplication _app;
    private readonly HttpClient _control;

    private WeChatSimulatorServer(WebApplication app, WeChatPayKeys payKeys)
    {
        _app = app;
        PayKeys = payKeys;
        BaseUrl = new Uri(app.Urls.Single() + "/");
        _control = new HttpClient { BaseAddress = BaseUrl };
    }

    /// <summary>Serves both api.weixin.qq.com and api.mch.weixin.qq.com paths.</summary>
    public Uri BaseUrl { get; }

    public WeChatPayKeys PayKeys { get; }

    public string MchId => PayKeys.Merchant.MchId;

    /// <summary>The product's <c>WeChatPay:*</c> settings (merchant key, serial, APIv3 key, platform keys) as PEM text.</summary>
    public IReadOnlyDictionary<string, string?> PaySettings => PayKeys.ProductSettings();

    /// <summary>The product's <c>WeChat:VirtualPayment:*</c> and <c>WeChat:MessagePush:*</c> settings (the simulator's development defaults).</summary>
    public static IReadOnlyDictionary<string, string?> VirtualPaymentSettings => new VirtualPaymentSimulatorOptions().ProductSettings();

    /// <param name="notificationHandler">
    /// Delivers notifications instead of real HTTP, e.g. <c>() => factory.Server.CreateHandler()</c>; called when the
    /// first notification goes out, so it may name a server built after this one.
    /// </param>
    /// <param name="payKeyMode">How WeChat Pay signs: public key (default), certificates, or migrating between them.</param>
    /// <param name="messagePushUrl">Where Virtual Payment's events are pushed (through <paramref name="notificationHandler"/>).</param>
    public static async Task<WeChatSimulatorServer> StartAsync(
        Func<HttpMessageHandler>? notificationHandler = null,
        PlatformKeyMode payKeyMode = PlatformKeyMode.PublicKey,
        string? messagePushUrl = null)
    {
        var payKeys = WeChatPayKeys.Generate(payKeyMode);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{WeChatSimulatorOptions.SectionName}:{nameof(WeChatSimulatorOptions.BoundToOpenPlatform)}"] = "true",
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.RetryTimeScale)}"] = "0.001",
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.RefundDelaySeconds)}"] = "0.2",
            [$"{PaySimulatorOptions.SectionName}:{nameof(PaySimulatorOptions.HangSeconds)}"] = "10",
            [$"{VirtualPaymentSimulatorOptions.SectionName}:{nameof(VirtualPaymentSimulatorOptions.RefundDelaySeconds)}"] = "0.2",
            [$"{VirtualPaymentSimulatorOptions.SectionName}:{nameof(VirtualPaymentSimulatorOptions.MessagePushUrl)}"] = messagePushUrl,
        });
        builder.Services.AddWeChatSimulator(builder.Configuration, payKeys);
        if (notificationHandler is not null)
        {
            builder.Services.AddHttpClient(DependencyInjection.NotificationHttpClient)
                .ConfigurePrimaryHttpMessageHandler(notificationHandler);
        }
        var app = builder.Build();
        app.MapWeChatSimulator();
        await app.StartAsync();
        return new WeChatSimulatorServer(app, payKeys);
    }

    /// <summary>
    /// Plays <c>wx.login</c> for a (new or existing) user: returns the openid and a fresh login code. A <paramref name="phone"/>
    /// (mainland digits) becomes the number WeChat confirms for them; otherwise they keep theirs or get a random one.
    /// </summary>
    public async Task<(string OpenId, string LoginCode)> LoginCodeAsync(string? openId = null, string? phone = null)
    {
        var user = await PostAsync("__sim/users", new { openid = openId, phone });
        return (user.GetProperty("openid").GetString()!, user.GetProperty("loginCode").GetString()!);
    }

    public async Task<string> PhoneCodeAsync(string openId) =>
        (await PostAsync($"__sim/users/{openId}/phone-code", new { })).GetProperty("phoneCode").GetString()!;

    public async Task<JsonElement> UserAsync(string openId) =>
        await _control.GetFromJsonAsync<JsonElement>($"__sim/users/{openId}");

    public Task ArmFaultAsync(string api, int errcode, int count = 1) => PostAsync("__sim/faults", new { api, errcode, count });

    /// <summary>The shipping records upload_shipping_info accepted: transactionId, payerOpenId, logisticsType, itemDescriptions, …</summary>
    public async Task<JsonElement[]> ShippingUploadsAsync() =>
        [.. (await _control.GetFromJsonAsync<JsonElement>("__sim/shipping")).EnumerateArray()];

    /// <summary>Makes msgSecCheck answer <paramref name="suggest"/> (pass, review or risky) for text containing <paramref name="phrase"/>.</summary>
    public Task JudgeContentAsync(string phrase, string suggest, int? label = null) =>
        PostAsync("__sim/content-security/rules", new { phrase, suggest, label });

    /// <summary>The texts msgSecCheck was asked about, oldest first: openId, scene, content, suggest, label.</summary>
    public async Task<JsonElement[]> ContentChecksAsync() =>
        [.. (await _control.GetFromJsonAsync<JsonElement>("__sim/content-security/checks")).EnumerateArray()];

    /// <summary>The 小程序码 getwxacodeunlimit drew, oldest first: scene, page, checkPath, envVersion, width, contentType, bytes.</summary>
    public async Task<JsonElement[]> MiniProgramCodesAsync() =>
        [.. (await _control.GetFromJsonAsync<JsonElement>("__sim/mini-program-codes")).EnumerateArray()];

    /// <summary>Plays the user answering <c>wx.requestSubscribeMessage</c> (accept, reject or ban) for one template.</summary>
    public Task<JsonElement> AnswerSubscriptionAsync(string openId, string templateId, string status = "accept") =>
        PostAsync("__sim/subscriptions", new { openid = openId, templateIds = new[] { templateId }, status });

    /// <summary>The subscription messages subscribeMessage.send delivered, oldest first: msgId, toUser, templateId, page, data, …</summary>
    public async Task<JsonElement[]> SubscriptionMessagesAsync() =>
        [.. (await _control.GetFromJsonAsync<JsonElement>("__sim/subscription-messages")).EnumerateArray()];

    /// <summary>
    /// Plays the buyer in <c>wx.requestPayment</c> (outcome SUCCESS, PAYERROR or CANCEL) and returns the transaction in
    /// WeChat's shape; SUCCESS queues the TRANSACTION.SUCCESS notification. <paramref name="payerTotal"/> below the
    /// total plays a coupon.
    /// </summary>
    public Task<JsonElement> PayAsync(string outTradeNo, string outcome = "SUCCESS", long? payerTotal = null) =>
        PostAsync("__sim/pay", new { out_trade_no = outTradeNo, outcome, payerTotal });

    /// <summary>
    /// Plays the buyer in <c>wx.requestVirtualPayment</c> with checkout's arguments: the answer carries <c>errCode</c>
    /// (0, or the client's fail code such as −15005) and on success the order in query_order's shape; success pushes
    /// <c>xpay_goods_deliver_notify</c>.
    /// </summary>
    public async Task<JsonElement> PayVirtualAsync(string openId, string signData, string paySig, string signature, string mode = "short_series_goods")
    {
        using var response = await _control.PostAsJsonAsync("__sim/xpay/pay", new { openid = openId, signData, paySig, signature, mode });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A Virtual Payment order in query_order's shape (status 2 paid, 4 delivered, 5 refunded).</summary>
    public async Task<JsonElement> VirtualPaymentOrderAsync(string outTradeNo) =>
        await _control.GetFromJsonAsync<JsonElement>($"__sim/xpay/orders/{outTradeNo}");

    /// <summary>The transaction with its prepay_id, time_expire, notify_url and refunds.</summary>
    public async Task<JsonElement> TransactionAsync(string outTradeNo) =>
        await _control.GetFromJsonAsync<JsonElement>($"__sim/transactions/{outTradeNo}");

    /// <summary>Every notification attempt so far: id, notificationId, eventType, url, headers, body, status, latencyMs, …</summary>
    public async Task<JsonElement[]> DeliveriesAsync() =>
        [.. (await _control.GetFromJsonAsync<JsonElement>("__sim/deliveries")).EnumerateArray()];

    /// <summary>Waits (up to <paramref name="timeoutSeconds"/>) until <paramref name="count"/> attempts have their reply.</summary>
    public async Task<JsonElement[]> WaitForDeliveriesAsync(int count, double timeoutSeconds = 10)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(timeoutSeconds);
        var deliveries = await DeliveriesAsync();
        while (deliveries.Length < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
            deliveries = await DeliveriesAsync();
        }
        return deliveries;
    }

    /// <summary>Sends an earlier delivery's notification once more, validly signed; returns the new delivery.</summary>
    public Task<JsonElement> RedeliverAsync(string deliveryId) => PostAsync($"__sim/deliveries/{deliveryId}/redeliver", new { });

    /// <summary>
    /// The next <paramref name="count"/> calls to a WeChat Pay API misbehave. APIs: payJsapi, payQueryByOutTradeNo,
    /// payQueryById, payClose, refundCreate, refundQuery, certificates. Faults: status (500|429|503), timeout, reset,
    /// commitThenTimeout, unsignedSuccess, badResponseSignature, probeResponse; closeRace (payClose); refundNotEnough,
    /// refundAbnormal, refundClosed (refundCreate).
    /// </summary>
    public Task ArmPayFaultAsync(string api, string fault, int? status = null, int count = 1) =>
        PostAsync("__sim/faults", new { api, fault, status, count });

    /// <summary>
    /// The next <paramref name="count"/> notifications misbehave: duplicate (copies, concurrent), delay (ms), drop,
    /// probe, badSignature, tamperBody, staleTimestamp (seconds), unknownSerial, wrongApiV3Key, amountMismatch, reorder.
    /// </summary>
    public Task ArmNotificationFaultAsync(
        string notification, int count = 1, int? copies = null, bool? concurrent = null, int? ms = null, int? seconds = null) =>
        PostAsync("__sim/faults", new { notification, count, copies, concurrent, ms, seconds });

    /// <summary>Certificate mode: a new platform certificate that signs at once; returns its serial.</summary>
    public async Task<string> RotatePlatformCertificateAsync() =>
        (await PostAsync("__sim/platform-keys/rotate", new { preannounceHours = 0 })).GetProperty("serial").GetString()!;

    /// <summary>Moves the simulated clock; beyond 300 s the product's real-time signatures fall out of WeChat's window.</summary>
    public Task AdvanceClockAsync(double seconds) => PostAsync("__sim/clock", new { advance = seconds });

    /// <summary>Upstream calls received per API since the last reset.</summary>
    public async Task<int> CallsAsync(string api) =>
        (await _control.GetFromJsonAsync<JsonElement>("__sim/calls")).TryGetProperty(api, out var count) ? count.GetInt32() : 0;

    /// <summary>Forgets users, codes, tokens, transactions, deliveries (cancelling pending retries), faults, call counts and the clock offset.</summary>
    public async Task ResetAsync()
    {
        using var response = await _control.PostAsync("__sim/reset", content: null);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await _control.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
