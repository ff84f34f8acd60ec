using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Tests.Shared;

/// <summary>
/// The WeChat simulator in its own Kestrel host on a free port; the adapters under test reach it over HTTP. Compiled into
/// each test project that needs it (a linked file).
/// </summary>
public sealed class WeChatSimulatorServer : IAsyncDisposable
{
    public const string AppId = WeChatSimulatorOptions.DevelopmentAppId;
    public const string AppSecret = WeChatSimulatorOptions.DevelopmentAppSecret;

    private readonly WebApplication _app;
    private readonly HttpClient _control;

    private WeChatSimulatorServer(WebApplication app)
    {
        _app = app;
        BaseUrl = new Uri(app.Urls.Single() + "/");
        _control = new HttpClient { BaseAddress = BaseUrl };
    }

    public Uri BaseUrl { get; }

    public static async Task<WeChatSimulatorServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{WeChatSimulatorOptions.SectionName}:{nameof(WeChatSimulatorOptions.BoundToOpenPlatform)}"] = "true",
        });
        builder.Services.AddWeChatSimulator(builder.Configuration);
        var app = builder.Build();
        app.MapWeChatSimulator();
        await app.StartAsync();
        return new WeChatSimulatorServer(app);
    }

    /// <summary>Plays <c>wx.login</c> for a (new or existing) user: returns the openid and a fresh login code.</summary>
    public async Task<(string OpenId, string LoginCode)> LoginCodeAsync(string? openId = null)
    {
        var user = await PostAsync("__sim/users", new { openid = openId });
        return (user.GetProperty("openid").GetString()!, user.GetProperty("loginCode").GetString()!);
    }

    public async Task<string> PhoneCodeAsync(string openId) =>
        (await PostAsync($"__sim/users/{openId}/phone-code", new { })).GetProperty("phoneCode").GetString()!;

    public async Task<JsonElement> UserAsync(string openId) =>
        await _control.GetFromJsonAsync<JsonElement>($"__sim/users/{openId}");

    public Task ArmFaultAsync(string api, int errcode) => PostAsync("__sim/faults", new { api, errcode });

    /// <summary>Upstream calls received per API since the last reset.</summary>
    public async Task<int> CallsAsync(string api) =>
        (await _control.GetFromJsonAsync<JsonElement>("__sim/calls")).TryGetProperty(api, out var count) ? count.GetInt32() : 0;

    /// <summary>Forgets users, codes, tokens, faults, call counts and the clock offset.</summary>
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
