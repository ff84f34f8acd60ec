using System.Diagnostics;
using System.Globalization;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Sales;
using KnowledgePay.FlashSale;

// Flash-sale benchmark on PostgreSQL (docs/benchmarks.md): per round, a flash sale of --stock units and --buyers
// concurrent buyers who each keep ordering until the sale refuses them; orders/s until sold out, and zero oversell.
var options = FlashSaleOptions.Parse(args);
await using var shop = await Shop.OpenAsync(options.PostgresServer);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"PostgreSQL; stock {options.Stock}, {options.Buyers} concurrent buyers, limit {options.PerUserLimit} per buyer; 1 warm-up + {options.Rounds} rounds"));
Console.WriteLine(SaleRound.TableHeader);
var rounds = new List<SaleRound>();
for (var round = 0; round <= options.Rounds; round++)
{
    var result = await RunRoundAsync(round == 0 ? "warm-up" : $"round {round}");
    rounds.Add(result);
    Console.WriteLine(result.TableRow());
}

var measured = rounds.Skip(1).Select(r => r.OrdersPerSecond).Order().ToList();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"median of {measured.Count} rounds: {measured[measured.Count / 2]:F0} orders/s; oversold in any round: {rounds.Any(r => r.Oversold)}"));
return rounds.Any(r => r.Oversold) ? 1 : 0;

async Task<SaleRound> RunRoundAsync(string name)
{
    var (course, sale) = await shop.FlashSaleAsync(options.Stock, options.PerUserLimit);
    var latencies = new List<double>[options.Buyers];
    var (soldOut, limitReached, conflicts) = (0, 0, 0);
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, options.Buyers).Select(buyer => Task.Run(async () =>
    {
        var buyerId = Guid.CreateVersion7();
        latencies[buyer] = [];
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await shop.PlaceAsync(buyerId, course, sale);
                latencies[buyer].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (DomainException refused) when (refused.Code == SaleErrors.SoldOutCode)
            {
                Interlocked.Increment(ref soldOut);
                return;
            }
            catch (DomainException refused) when (refused.Code == SaleErrors.LimitReachedCode)
            {
                Interlocked.Increment(ref limitReached);
                return;
            }
            catch (ConflictException)
            {
                Interlocked.Increment(ref conflicts);
            }
        }
    })));
    clock.Stop();
    var placed = latencies.SelectMany(l => l).Order().ToList();
    var (sold, reservations, orders, most) = await shop.CountAsync(course, sale);
    return new SaleRound(
        name, options.Stock, placed.Count, soldOut, limitReached, conflicts, clock.Elapsed, Percentile(placed, 0.50), Percentile(placed, 0.99),
        sold, reservations, orders, most, options.PerUserLimit);
}

static double Percentile(List<double> sorted, double share) =>
    sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(share * sorted.Count) - 1)];
