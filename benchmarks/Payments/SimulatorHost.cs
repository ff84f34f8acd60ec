using System.Text.Json;
using KnowledgePay.WeChatSimulator;
using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.Payments;

/// <summary>
/// The WeChat simulator on its own Kestrel port with fresh WeChat Pay keys: the product logs in and checks out against
/// it over HTTP, and its notification sender builds, encrypts and signs the payment notifications into
/// <see cref="NotificationCapture"/>.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _control;

    private SimulatorHost(WebApplication app, WeChatPayKeys payKeys)
    {
        _app = app;
        PayKeys = payKeys;
        BaseUrl = new Uri(app.Urls.Single() + "/");
        _control = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }

    public WeChatPayKeys PayKeys { get; }

    public static async Task<SimulatorHost> StartAsync(NotificationCapture capture)
    {
        var payKeys = WeChatPayKeys.Generate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddWeChatSimulator(builder.Configuration, payKeys);
        builder.Services.AddHttpClient(DependencyInjection.NotificationHttpClient)
            .ConfigurePrimaryHttpMessageHandler(capture.CreateHandler);
        var app = builder.Build();
        app.MapWeChatSimulator();
        await app.StartAsync();
        return new SimulatorHost(app, payKeys);
    }

    /// <summary>Registers the user and plays <c>wx.login</c>: the code the mini program would send to <c>login</c>.</summary>
    public async Task<string> LoginCodeAsync(string openId) =>
        (await PostAsync("__sim/users", new { openid = openId })).GetProperty("loginCode").GetString()!;

    /// <summary>Plays the buyer confirming <c>wx.requestPayment</c>; the simulator then sends TRANSACTION.SUCCESS.</summary>
    public Task PayAsync(string outTradeNo) => PostAsync("__sim/pay", new { out_trade_no = outTradeNo, outcome = "SUCCESS" });

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _app.DisposeAsync();
    }

    private async Task<JsonElement> PostAsync(string path, object body)
    {
        using var response = await _control.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Simulator {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
