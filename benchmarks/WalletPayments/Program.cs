using System.Diagnostics;
using System.Globalization;
using KnowledgePay.WalletPayments;
using Npgsql;

// Balance payments per second on PostgreSQL with zero overdraft (docs/benchmarks.md): per round, the product's balance
// gateway and a floor harness (the same writes with Npgsql directly) each pay --buyers × --orders pending orders at the
// same concurrency, from balances that pay only --affordable orders per buyer.
const long PriceFen = 990;
var options = BenchmarkOptions.Parse(args);
await using var store = await Store.OpenAsync(options.PostgresServer, logSql: false);
await using var floor = new Floor(store.ConnectionString);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PostgreSQL; {options.Buyers} buyers × {options.OrdersPerBuyer} orders (balance for {options.Affordable} each), concurrency {options.Concurrency}; 1 warm-up + {options.Rounds} rounds"));
Console.WriteLine("| round | harness | payments | paid | refused | payments/s | p50 (ms) | p99 (ms) | negative wallets | buyers over their balance |");
Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
var ratios = new List<double>();
var overdrawn = false;
for (var round = 0; round <= options.Rounds; round++)
{
    var name = round == 0 ? "warm-up" : $"round {round}";
    var product = await RunAsync(name, "product", store.PayAsync);
    var direct = await RunAsync(name, "floor", floor.PayAsync);
    if (round > 0)
    {
        ratios.Add(product / direct);
    }
}

ratios.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median product ÷ floor over {ratios.Count} rounds: {ratios[ratios.Count / 2]:F2}; overdraft in any run: {overdrawn}"));
return overdrawn ? 1 : 0;

async Task<double> RunAsync(string round, string harness, Func<PendingPayment, Task<bool>> pay)
{
    var payments = await store.PrepareAsync(options.Buyers, options.OrdersPerBuyer, options.Affordable, PriceFen);

    // Interleaved so that concurrent payments hit the same wallets, as one buyer's double taps and parallel tabs would.
    var queue = new Queue<PendingPayment>(payments.OrderBy(p => p.OrderId.GetHashCode()));
    var latencies = new List<double>();
    var (paid, refused) = (0, 0);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
    {
        while (true)
        {
            PendingPayment? next;
            lock (queue)
            {
                if (!queue.TryDequeue(out next))
                {
                    return;
                }
            }

            var started = Stopwatch.GetTimestamp();
            var ok = await pay(next);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(elapsed);
                (paid, refused) = ok ? (paid + 1, refused) : (paid, refused + 1);
            }
        }
    })));
    clock.Stop();
    var (negative, over) = await OverdraftAsync(payments.Select(p => p.BuyerId).Distinct().ToArray());
    overdrawn |= negative > 0 || over > 0 || paid != options.Buyers * options.Affordable;
    latencies.Sort();
    var rate = paid / clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {round} | {harness} | {payments.Count} | {paid} | {refused} | {rate:F0} | {Percentile(latencies, 0.50):F1} | {Percentile(latencies, 0.99):F1} | {negative} | {over} |"));
    return rate;
}

async Task<(long Negative, long Over)> OverdraftAsync(Guid[] buyers)
{
    await using var connection = new NpgsqlConnection(store.ConnectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(
        """
        SELECT (SELECT count(*) FROM "Wallets" WHERE "UserId" = ANY(@buyers) AND ("PaidFen" < 0 OR "BonusFen" < 0)),
               (SELECT count(*) FROM (SELECT "UserId" FROM "Orders" WHERE "UserId" = ANY(@buyers) AND "Status" = 'Paid'
                                      GROUP BY "UserId" HAVING count(*) > @affordable) AS over)
        """,
        connection);
    command.Parameters.AddWithValue("buyers", buyers);
    command.Parameters.AddWithValue("affordable", options.Affordable);
    await using var reader = await command.ExecuteReaderAsync();
    await reader.ReadAsync();
    return (reader.GetInt64(0), reader.GetInt64(1));
}

static double Percentile(List<double> sorted, double share) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
