using System.Globalization;

namespace KnowledgePay.FlashSale;

/// <summary>
/// <c>[--stock 1000] [--buyers 200] [--limit 10] [--rounds 3]</c>; the PostgreSQL server comes from
/// <c>KNOWLEDGEPAY_TEST_POSTGRES</c>. Each buyer keeps ordering until the sale refuses them, so the limit per buyer
/// times the buyers must exceed the stock for the sale to sell out.
/// </summary>
internal sealed record FlashSaleOptions(string PostgresServer, int Stock, int Buyers, int PerUserLimit, int Rounds)
{
    private const string LocalServer = "Host=127.0.0.1;Port=5432;Username=knowledgepay;Password=knowledgepay";

    public static FlashSaleOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        int Value(string name, int fallback) =>
            values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var options = new FlashSaleOptions(
            Environment.GetEnvironmentVariable("KNOWLEDGEPAY_TEST_POSTGRES") ?? LocalServer,
            Value("--stock", 1000),
            Value("--buyers", 200),
            Value("--limit", 10),
            Value("--rounds", 3));
        return args.Length % 2 == 0 && (long)options.Buyers * options.PerUserLimit > options.Stock
            ? options
            : throw new ArgumentException("usage: [--stock 1000] [--buyers 200] [--limit 10] [--rounds 3], with buyers × limit > stock");
    }
}
