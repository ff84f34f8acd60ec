using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace KnowledgePay.GraphQL.BrowserTests.Dashboard;

/// <summary>
/// The real host in Development with the embedded WeChat simulator and the seeded demo data, on a SQLite file of its
/// own and a fixed free port: the simulator's login round trip needs an origin known before the server starts.
/// </summary>
public sealed class DashboardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string DemoAdmin = "o_demo_admin";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("knowledgepay-dashboard-").FullName;
    private readonly int _port = FreePort();

    public DashboardApp()
    {
        UseKestrel(_port);
        _adminToken = new(() => LogInAsync(DemoAdmin));
    }

    private readonly Lazy<Task<string>> _adminToken;

    public Uri BaseAddress => new($"http://127.0.0.1:{_port}/");

    /// <summary>
    /// One login of the demo admin shared by the tests: logins are throttled per openid and minute, so only the tests
    /// about signing in click the demo button; the others paste this token.
    /// </summary>
    public Task<string> AdminTokenAsync() => _adminToken.Value;

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Logs <paramref name="openId"/> in as the README does (the simulator's wx.login, then login) and returns the access token.</summary>
    public async Task<string> LogInAsync(string openId)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var user = await http.PostAsJsonAsync("wechat-sim/__sim/users", new { openid = openId });
        var code = (await user.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("loginCode").GetString();
        var data = await new AdminApi(BaseAddress, accessToken: null).QueryAsync(
            "mutation($input: LoginInput!) { login(input: $input) { accessToken } }", new { input = new { code } });
        return data.GetProperty("login").GetProperty("accessToken").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Storage:DataFolder"] = _dataFolder,
            ["Database:MigrateOnStartup"] = "true",
            ["Database:SeedDemoData"] = "true",
            ["urls"] = BaseAddress.GetLeftPart(UriPartial.Authority),
        };
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
