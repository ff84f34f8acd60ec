using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Keys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.WeChatSimulator.Tests.Support;

/// <summary>
/// The simulator mounted through its public extensions in a Kestrel host on a free port, as a product host would
/// mount it; every call goes over real HTTP.
/// </summary>
internal sealed class SimulatorHost : IAsyncDisposable
{
    public const string AppId = WeChatSimulatorOptions.DevelopmentAppId;
    public const string AppSecret = WeChatSimulatorOptions.DevelopmentAppSecret;

    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>Relative paths resolve under the mount prefix.</summary>
    public HttpClient Client { get; }

    public Uri ServerRoot => new(_app.Urls.Single());

    /// <summary>Pay keys default to one set shared by the test run, since RSA key generation is slow.</summary>
    public static async Task<SimulatorHost> StartAsync(
        string prefix = "", IReadOnlyDictionary<string, string?>? settings = null, WeChatPayKeys? payKeys = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddWeChatSimulator(builder.Configuration, payKeys ?? TestPayKeys.PublicKeyMode);
        var app = builder.Build();
        app.MapWeChatSimulator(prefix);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single() + prefix.TrimEnd('/') + "/") };
        return new SimulatorHost(app, client);
    }

    public static Task<SimulatorHost> StartAsync(string setting, string value) =>
        StartAsync(settings: new Dictionary<string, string?> { [$"{WeChatSimulatorOptions.SectionName}:{setting}"] = value });

    public async Task<(string OpenId, string LoginCode)> CreateUserAsync(object? user = null)
    {
        var created = await PostControlAsync("__sim/users", user ?? new { });
        return (created.GetProperty("openid").GetString()!, created.GetProperty("loginCode").GetString()!);
    }

    public async Task<string> MintLoginCodeAsync(string openId) =>
        (await PostControlAsync($"__sim/users/{openId}/login-code", new { })).GetProperty("loginCode").GetString()!;

    public async Task<string> MintPhoneCodeAsync(string openId) =>
        (await PostControlAsync($"__sim/users/{openId}/phone-code", new { })).GetProperty("phoneCode").GetString()!;

    public Task AdvanceClockAsync(double seconds) => PostControlAsync("__sim/clock", new { advance = seconds });

    public Task ArmFaultAsync(string api, int errcode, int count = 1) =>
        PostControlAsync("__sim/faults", new { api, errcode, count });

    public Task<JsonElement> Code2SessionAsync(string? code, string appId = AppId, string secret = AppSecret) =>
        GetWeChatAsync("sns/jscode2session" + Query(
            ("appid", appId), ("secret", secret), ("js_code", code), ("grant_type", "authorization_code")));

    public async Task<string> LoginAsync(string code)
    {
        var session = await Code2SessionAsync(code);
        Assert.Equal(0, ErrCode(session));
        return session.GetProperty("session_key").GetString()!;
    }

    public Task<JsonElement> StableTokenAsync(bool forceRefresh = false) =>
        PostWeChatAsync("cgi-bin/stable_token", JsonContent.Create(new
        {
            grant_type = "client_credential",
            appid = AppId,
            secret = AppSecret,
            force_refresh = forceRefresh,
        }));

    public async Task<string> AccessTokenAsync()
    {
        var token = await StableTokenAsync();
        Assert.Equal(0, ErrCode(token));
        return token.GetProperty("access_token").GetString()!;
    }

    public Task<JsonElement> PhoneNumberAsync(string? accessToken, object body) =>
        PostWeChatAsync("wxa/business/getuserphonenumber" + Query(("access_token", accessToken)), JsonContent.Create(body));

    public Task<JsonElement> CheckSessionAsync(string accessToken, string openId, string signature) =>
        GetWeChatAsync("wxa/checksession" + Query(
            ("access_token", accessToken), ("openid", openId), ("signature", signature), ("sig_method", "hmac_sha256")));

    public async Task<JsonElement> GetControlAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PostControlAsync(string path, object body)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement[]> DeliveriesAsync() => [.. (await GetControlAsync("__sim/deliveries")).EnumerateArray()];

    /// <summary>Polls until at least <paramref name="count"/> attempts are logged (a delivery is logged once it has its reply).</summary>
    public async Task<JsonElement[]> DeliveriesAsync(int count)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        var deliveries = await DeliveriesAsync();
        while (deliveries.Length < count && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
            deliveries = await DeliveriesAsync();
        }
        return deliveries;
    }

    /// <summary>WeChat's errcode, where an absent errcode means success.</summary>
    public static int ErrCode(JsonElement response) =>
        response.TryGetProperty("errcode", out var errcode) ? errcode.GetInt32() : 0;

    // WeChat answers errors with HTTP 200 too, so every WeChat-facing call asserts it.
    public async Task<JsonElement> GetWeChatAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        return await ReadWeChatResponseAsync(response);
    }

    public async Task<JsonElement> PostWeChatAsync(string path, HttpContent content)
    {
        using var response = await Client.PostAsync(path, content);
        return await ReadWeChatResponseAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static async Task<JsonElement> ReadWeChatResponseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string Query(params (string Name, string? Value)[] parameters) =>
        "?" + string.Join('&', parameters
            .Where(parameter => parameter.Value is not null)
            .Select(parameter => $"{parameter.Name}={Uri.EscapeDataString(parameter.Value!)}"));
}
