using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Cluster.FaultTests;

/// <summary>
/// Faults on the running cluster (ADR 0053). Each test leaves the cluster as it found it: both nodes up, PostgreSQL and
/// Redis running. Every wait is bounded, so a fault the cluster does not survive fails the test instead of hanging the run.
/// </summary>
public sealed class ClusterFaultTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    private const int Burst = 30;

    [Fact]
    public async Task PaysEveryOrderExactlyOnceWhenANodeIsKilledDuringANotificationBurst()
    {
        await cluster.AllUpAsync();
        var orders = await new ClusterShop(cluster).CheckedOutOrdersAsync(Burst);

        // The buyers pay; WeChat notifies nginx. Node 1 dies without a word halfway through: notifications it held go
        // unanswered, WeChat retries them, and nginx sends them (and every later one) to node 2.
        var firstHalf = orders.Take(Burst / 2).Select(o => cluster.PayAsync(o.OutTradeNo)).ToList();
        await cluster.Script.RunAsync("kill-node", "1");
        await Task.WhenAll(firstHalf.Concat(orders.Skip(Burst / 2).Select(o => cluster.PayAsync(o.OutTradeNo))));

        var ids = orders.Select(o => o.Id).ToList();
        await ClusterFixture.EventuallyAsync("every order paid", 90, async () =>
        {
            await using var db = cluster.Database();
            return await db.Orders.CountAsync(o => ids.Contains(o.Id) && o.Status == Domain.Orders.OrderStatus.Paid) == Burst;
        });
        await cluster.Script.RunAsync("start-node", "1");

        await using var db = cluster.Database();
        Assert.Equal(Burst, await db.PaymentLedger.CountAsync(l => ids.Contains(l.OrderId)));
        Assert.Equal(Burst, await db.Enrollments.CountAsync(e => e.OrderId != null && ids.Contains(e.OrderId.Value)));
        Assert.Equal(Burst * 4900L, await db.PaymentLedger.Where(l => ids.Contains(l.OrderId)).SumAsync(l => l.AmountFen));
    }

    [Fact]
    public async Task ServesReadsWithoutServerErrorsWhenRedisIsStopped()
    {
        await cluster.AllUpAsync();
        await cluster.Script.RunAsync("stop-redis");
        try
        {
            using var nginx = ClusterFixture.ClientFrom(cluster.Nginx);
            var reads = new List<(int Status, bool Ok)>();
            for (var read = 0; read < 20; read++)
            {
                reads.Add(await GraphQLCalls.ReadCatalogueAsync(nginx));
            }

            Assert.All(reads, read => Assert.Equal((200, true), read));
        }
        finally
        {
            await cluster.Script.RunAsync("start-redis");
        }
    }

    [Fact]
    public async Task TurnsNotReadyThenRecoversWithoutARestartWhenPostgreSqlRestarts()
    {
        await cluster.AllUpAsync();
        await cluster.Script.RunAsync("stop-postgres");
        try
        {
            await ClusterFixture.EventuallyAsync(
                "both nodes not ready", 30, async () => await cluster.StatusAsync(1, "readyz") == 503 && await cluster.StatusAsync(2, "readyz") == 503);
            await ClusterFixture.EventuallyAsync(
                "no leader without the database", 30, async () => await cluster.StatusAsync(1, "leaderz") == 503 && await cluster.StatusAsync(2, "leaderz") == 503);
        }
        finally
        {
            await cluster.Script.RunAsync("start-postgres");
        }

        await cluster.AllUpAsync();
        using var nginx = ClusterFixture.ClientFrom(cluster.Nginx);
        Assert.Equal((200, true), await GraphQLCalls.ReadCatalogueAsync(nginx));
    }

    [Fact]
    public async Task AnotherNodeTakesTheLeaseWhenTheLeaderIsKilled()
    {
        await cluster.AllUpAsync();
        var leader = (await cluster.LeaderAsync())!.Value;
        var follower = 3 - leader;

        await cluster.Script.RunAsync("kill-node", leader.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ClusterFixture.EventuallyAsync($"node {follower} leads", 30, async () => await cluster.StatusAsync(follower, "leaderz") == 200);
        await cluster.Script.RunAsync("start-node", leader.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await cluster.AllUpAsync();
        Assert.Equal(follower, await cluster.LeaderAsync());
    }

    [Fact]
    public async Task RecordsTheClientsOwnAddressWhateverXForwardedForItSends()
    {
        await cluster.AllUpAsync();

        var throughProxy = await SignedInAddressAsync(cluster.Nginx, from: "127.0.0.2");
        var straightToNode = await SignedInAddressAsync(cluster.Node(2), from: "127.0.0.3");

        // nginx (a known proxy) names the real client; a client naming itself is not believed, there or at a node.
        Assert.Equal("127.0.0.2", throughProxy);
        Assert.Equal("127.0.0.3", straightToNode);
    }

    private async Task<string> SignedInAddressAsync(Uri server, string from)
    {
        using var client = ClusterFixture.ClientFrom(server, from);
        var (openId, code) = await cluster.LoginCodeAsync();
        await GraphQLCalls.LoginAsync(client, code, forwardedFor: "203.0.113.7");
        await using var db = cluster.Database();
        var userId = await db.Users.Where(u => u.OpenId == openId).Select(u => u.Id).SingleAsync();
        return await db.AccessSignals.Where(s => s.UserId == userId).Select(s => s.Address).SingleAsync();
    }
}
