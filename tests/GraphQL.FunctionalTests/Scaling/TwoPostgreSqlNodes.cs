using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Scaling;

/// <summary>
/// Two in-process product nodes sharing one PostgreSQL database (of their own) and one Redis (under a key prefix of
/// their own); node A starts first, so it creates the database and holds the leader lease.
/// </summary>
internal sealed class TwoPostgreSqlNodes : IAsyncDisposable
{
    private TwoPostgreSqlNodes(PostgreSqlClusterNode a, PostgreSqlClusterNode b) => (A, B) = (a, b);

    public PostgreSqlClusterNode A { get; }

    public PostgreSqlClusterNode B { get; }

    public static async Task<TwoPostgreSqlNodes> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var database = $"knowledgepay_nodes_{Guid.NewGuid():N}";
        var prefix = SharedRedisApp.NewKeyPrefix();
        var a = new PostgreSqlClusterNode(database, prefix, ownsDatabase: true, settings);
        await a.InitializeAsync();
        var b = new PostgreSqlClusterNode(database, prefix, ownsDatabase: false, settings);
        await b.InitializeAsync();
        return new TwoPostgreSqlNodes(a, b);
    }

    /// <summary>Asks <paramref name="read"/> until <paramref name="done"/> holds of its answer, for at most <paramref name="limit"/>.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan limit)
    {
        var giveUpAt = DateTimeOffset.UtcNow + limit;
        var answer = await read();
        while (!done(answer) && DateTimeOffset.UtcNow < giveUpAt)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
            answer = await read();
        }

        return answer;
    }

    public async ValueTask DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}
