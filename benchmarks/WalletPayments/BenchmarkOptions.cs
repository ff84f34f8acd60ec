using System.Globalization;

namespace KnowledgePay.WalletPayments;

/// <summary>
/// <c>[--buyers 20] [--orders 25] [--affordable 20] [--concurrency 32] [--rounds 3]</c>; the PostgreSQL server comes from
/// <c>KNOWLEDGEPAY_TEST_POSTGRES</c>. Each buyer's balance pays <c>--affordable</c> of their <c>--orders</c> orders; the
/// rest must be refused as insufficient.
/// </summary>
internal sealed record BenchmarkOptions(string PostgresServer, int Buyers, int OrdersPerBuyer, int Affordable, int Concurrency, int Rounds)
{
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";

    public static BenchmarkOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        int Value(string name, int fallback) =>
            values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var options = new BenchmarkOptions(
            Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES") ?? LocalServer,
            Value("--buyers", 20),
            Value("--orders", 25),
            Value("--affordable", 20),
            Value("--concurrency", 32),
            Value("--rounds", 3));
        return args.Length % 2 == 0 && options.Affordable <= options.OrdersPerBuyer && options.Concurrency > 0
            ? options
            : throw new ArgumentException("usage: [--buyers 20] [--orders 25] [--affordable 20] [--concurrency 32] [--rounds 3], affordable ≤ orders");
    }

    public int Payments => Buyers * OrdersPerBuyer;
}
