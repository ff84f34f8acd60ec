using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Hosting;

/// <summary>
/// What <c>dotnet run --project src/GraphQL --urls …</c> gives: the Debug host in Development with the embedded WeChat
/// simulator and the demo data, in its own process on a free port (never 5080).
/// </summary>
public sealed class DevelopmentHost : IAsyncLifetime
{
    private HostProcess? _host;

    public HostProcess Host => _host ?? throw new InvalidOperationException("The host has not been started yet.");

    public async Task InitializeAsync()
    {
        _host = HostProcess.Start(HostProcess.DebugAssembly, "Development", new Dictionary<string, string>
        {
            ["Database:SeedDemoData"] = "true",
            ["Orders:Sweep:Enabled"] = "false",
        });
        await _host.WaitUntilListeningAsync(TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>A client of the host's own origin; with <paramref name="accessToken"/> it is signed in.</summary>
    public HttpClient Client(string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = Host.BaseAddress };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>Plays <c>wx.login</c> at the embedded simulator, then <c>login</c>, as the README shows; returns the access token.</summary>
    public async Task<string> LogInAsync(string openId)
    {
        using var client = Client();
        using var user = await client.PostAsJsonAsync("wechat-sim/__sim/users", new { openid = openId });
        user.EnsureSuccessStatusCode();
        var code = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("loginCode").GetString();

        var data = await client.QueryAsync(
            "mutation($code: String!) { login(input: { code: $code }) { accessToken errors { __typename } } }", new { code });

        return data.GetProperty("login").GetProperty("accessToken").GetString()
            ?? throw new InvalidOperationException($"No access token: {data}");
    }
}
