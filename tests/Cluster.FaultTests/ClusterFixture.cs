using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgePay.Infrastructure.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KnowledgePay.Cluster.FaultTests;

/// <summary>
/// The cluster of <c>scripts/cluster.sh</c> (nginx, two nodes, private PostgreSQL and Redis, the WeChat simulator) in a
/// run directory of its own for the whole test class, stopped and deleted afterwards.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Clear of the test servers (5432, 6379), the product's 5080 and the simulator's 5090.</summary>
    private const int BasePort = 18680;

    private readonly string _runDirectory = Directory.CreateTempSubdirectory("knowledgepay-cluster-").FullName;
    private Dictionary<string, string> _settings = [];

    public ClusterFixture() => Script = new ClusterScript(_runDirectory, BasePort);

    public ClusterScript Script { get; }

    public Uri Nginx => new(_settings["NGINX_URL"]);

    public Uri Simulator => new(_settings["SIMULATOR_URL"]);

    public Uri Node(int node) => new(_settings[$"NODE{node}_URL"]);

    public PostgreSqlAppDbContext Database() =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql(_settings["POSTGRES"]).Options);

    /// <summary>A client whose connections leave from <paramref name="localAddress"/> (any 127.x address is this machine).</summary>
    public static HttpClient ClientFrom(Uri baseAddress, string localAddress = "127.0.0.1") =>
        new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        })
        { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>The HTTP status a node answers on <paramref name="path"/>; 0 when it does not answer.</summary>
    public async Task<int> StatusAsync(int node, string path)
    {
        using var client = ClientFrom(Node(node));
        client.Timeout = TimeSpan.FromSeconds(3);
        try
        {
            using var response = await client.GetAsync(path);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails after <paramref name="seconds"/>.</summary>
    public static async Task EventuallyAsync(string what, int seconds, Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Not within {seconds} s: {what}");
            await Task.Delay(250);
        }
    }

    /// <summary>Plays <c>wx.login</c> in the simulator for a new user; returns their openid and the login code.</summary>
    public async Task<(string OpenId, string LoginCode)> LoginCodeAsync()
    {
        using var client = ClientFrom(Simulator);
        using var response = await client.PostAsJsonAsync("__sim/users", new { });
        response.EnsureSuccessStatusCode();
        var user = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (user.GetProperty("openid").GetString()!, user.GetProperty("loginCode").GetString()!);
    }

    /// <summary>Both nodes ready and exactly one of them the leader.</summary>
    public async Task AllUpAsync()
    {
        await EventuallyAsync("both nodes ready", 60, async () => await StatusAsync(1, "readyz") == 200 && await StatusAsync(2, "readyz") == 200);
        await EventuallyAsync("one leader", 30, async () => (await LeaderAsync()) is not null);
    }

    /// <summary>The node that answers 200 on <c>/leaderz</c> while the other answers 503; null otherwise.</summary>
    public async Task<int?> LeaderAsync() => (await StatusAsync(1, "leaderz"), await StatusAsync(2, "leaderz")) switch
    {
        (200, 503) => 1,
        (503, 200) => 2,
        _ => null,
    };

    /// <summary>Plays the buyer paying in <c>wx.requestPayment</c>; the simulator then notifies nginx.</summary>
    public async Task PayAsync(string outTradeNo)
    {
        using var client = ClientFrom(Simulator);
        using var response = await client.PostAsJsonAsync("__sim/pay", new { out_trade_no = outTradeNo, outcome = "SUCCESS" });
        response.EnsureSuccessStatusCode();
    }

    public async Task InitializeAsync()
    {
        try
        {
            await Script.RunAsync("start");
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: stop what did start.
            await Script.RunAsync("stop");
            throw;
        }

        _settings = (await File.ReadAllLinesAsync(Path.Combine(_runDirectory, "cluster.env")))
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await Script.RunAsync("stop");
        Directory.Delete(_runDirectory, recursive: true);
    }
}
