using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task WorksTheSameWhenMountedUnderAPrefix()
    {
        await using var sim = await SimulatorHost.StartAsync("/wechat");
        var (openId, code) = await sim.CreateUserAsync();

        var session = await sim.Code2SessionAsync(code);
        var token = await sim.StableTokenAsync();
        using var unprefixed = new HttpClient { BaseAddress = sim.ServerRoot };
        using var outsidePrefix = await unprefixed.GetAsync($"sns/jscode2session?appid={SimulatorHost.AppId}");

        Assert.Equal(openId, session.GetProperty("openid").GetString());
        Assert.Equal(0, SimulatorHost.ErrCode(token));
        Assert.Equal(HttpStatusCode.NotFound, outsidePrefix.StatusCode);
    }

    [Fact]
    public async Task StandaloneProgramServesTheConfiguredApp()
    {
        const string configuredAppId = "wx1111111111111111";
        await using var factory = new WebApplicationFactory<WeChatSimulatorOptions>()
            .WithWebHostBuilder(host => host.UseSetting("WeChatSimulator:AppId", configuredAppId));
        using var client = factory.CreateClient();
        using var created = await client.PostAsync("/__sim/users", null);
        var loginCode = (await created.Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("loginCode").GetString();

        var session = await client.GetFromJsonAsync<JsonElement>(
            $"/sns/jscode2session?appid={configuredAppId}&secret={SimulatorHost.AppSecret}&js_code={loginCode}&grant_type=authorization_code");

        Assert.Equal(0, SimulatorHost.ErrCode(session));
        Assert.True(session.TryGetProperty("session_key", out _));
    }

    [Fact]
    public async Task RefusesToStartWithAMalformedAppId()
    {
        await Assert.ThrowsAsync<OptionsValidationException>(() => SimulatorHost.StartAsync("AppId", "not-an-appid"));
    }
}
