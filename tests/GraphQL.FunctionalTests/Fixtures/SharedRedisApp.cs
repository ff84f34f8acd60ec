namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// One node of a deployment whose nodes share a Redis server (<c>KNOWLEDGEPAY_TEST_REDIS</c>, set by scripts/test.sh)
/// under <paramref name="keyPrefix"/> (unique per test, so parallel tests never share a limit or a cache entry) and,
/// when given, one SQLite database in <paramref name="sharedDataFolder"/>. <paramref name="settings"/> win over all.
/// </summary>
public sealed class SharedRedisApp(
    string keyPrefix, string? sharedDataFolder = null, string? redis = null, IReadOnlyDictionary<string, string?>? settings = null)
    : SqliteApp
{
    public static string RedisServer => Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_REDIS") ?? "127.0.0.1:6379";

    /// <summary>A key prefix no other test uses.</summary>
    public static string NewKeyPrefix() => $"knowledgepay-test:{Guid.NewGuid():N}:";

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings
    {
        get
        {
            var folder = sharedDataFolder ?? DataFolder;
            var all = new Dictionary<string, string?>(base.DatabaseSettings)
            {
                ["Storage:DataFolder"] = folder,
                ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(folder, "knowledgepay.db")}",
                ["Redis:Configuration"] = redis ?? RedisServer,
                ["Redis:KeyPrefix"] = keyPrefix,
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            return all;
        }
    }
}
