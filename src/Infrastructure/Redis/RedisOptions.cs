namespace KnowledgePay.Infrastructure.Redis;

/// <summary>
/// Section <c>Redis</c>: the Redis server the nodes of one deployment share (rate limits, the WeChat access token, the
/// second cache level). Unset on a single node (the embedded default), where every shared piece stays in process.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>; empty means no Redis.</summary>
    public string Configuration { get; set; } = "";

    /// <summary>Prefix of every key this deployment writes, so several deployments can share one server.</summary>
    public string KeyPrefix { get; set; } = "knowledgepay:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
