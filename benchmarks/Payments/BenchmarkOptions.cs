using System.Globalization;

namespace KnowledgePay.Payments;

/// <summary>
/// <c>--product &lt;KnowledgePay.GraphQL.dll&gt; [--orders 5000] [--rounds 3] [--connections 32] [--checkout-connections 8]
/// [--learners 25]</c>; the PostgreSQL server comes from <c>KNOWLEDGEPAY_TEST_POSTGRES</c>. The product lets one
/// address log in 30 times a minute, so learners stay few and buy many courses each.
/// </summary>
internal sealed record BenchmarkOptions(
    string ProductAssembly,
    string PostgresServer,
    int Orders,
    int Rounds,
    int Connections,
    int CheckoutConnections,
    int Learners)
{
    private const int MaxLearners = 30;
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";

    /// <summary>The plain rounds plus the duplicate-heavy one.</summary>
    public int TotalOrders => Orders * (Rounds + 1);

    public static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !values.TryGetValue("--product", out var product) || !File.Exists(product))
        {
            throw new ArgumentException(
                "usage: --product <KnowledgePay.GraphQL.dll> [--orders 5000] [--rounds 3] [--connections 32] "
                + "[--checkout-connections 8] [--learners 25]");
        }

        return new BenchmarkOptions(
            Path.GetFullPath(product),
            Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES") ?? LocalServer,
            Positive(values, "--orders", 5000),
            Positive(values, "--rounds", 3),
            Positive(values, "--connections", 32),
            Positive(values, "--checkout-connections", 8),
            Math.Min(Positive(values, "--learners", 25), MaxLearners));
    }

    private static int Positive(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value
        : throw new ArgumentException($"{name} must be a positive whole number.");
}
