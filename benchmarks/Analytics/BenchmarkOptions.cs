using System.Globalization;

namespace KnowledgePay.Analytics;

/// <summary>
/// <c>[--orders 1000000] [--events 10000000] [--runs 20] [--small] [--reuse]</c>; the PostgreSQL server comes from
/// <c>KNOWLEDGEPAY_TEST_POSTGRES</c>. <c>--small</c> is a quick check (20,000 orders, 200,000 events); <c>--reuse</c>
/// measures a database loaded by an earlier run instead of loading a new one.
/// </summary>
internal sealed record BenchmarkOptions(string PostgresServer, int Orders, int Events, int Runs, bool Reuse)
{
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";
    private const string Usage = "usage: [--orders 1000000] [--events 10000000] [--runs 20] [--small] [--reuse]";

    public static BenchmarkOptions Parse(string[] args)
    {
        var flags = args.Where(a => a is "--small" or "--reuse").ToHashSet(StringComparer.Ordinal);
        var rest = args.Where(a => !flags.Contains(a)).ToArray();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < rest.Length; i += 2)
        {
            values[rest[i]] = rest[i + 1];
        }

        if (rest.Length % 2 != 0 || values.Keys.Any(k => k is not ("--orders" or "--events" or "--runs")))
        {
            throw new ArgumentException(Usage);
        }

        var small = flags.Contains("--small");
        return new BenchmarkOptions(
            Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES") ?? LocalServer,
            Positive(values, "--orders", small ? 20_000 : 1_000_000),
            Positive(values, "--events", small ? 200_000 : 10_000_000),
            Positive(values, "--runs", small ? 5 : 20),
            flags.Contains("--reuse"));
    }

    private static int Positive(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new ArgumentException($"{name} must be a positive whole number. {Usage}");
}
