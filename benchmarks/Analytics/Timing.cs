using System.Diagnostics;

namespace KnowledgePay.Analytics;

/// <summary>A query measured two ways: the product's handler and the hand-written floor, each producing an <see cref="Answer"/>.</summary>
internal sealed record Case(string Name, Func<Task<Answer>> Product, Func<Task<Answer>> HandWritten);

/// <summary>Checks both sides agree, warms both up, then times them alternately and prints one markdown row.</summary>
internal static class Timing
{
    private const int WarmUps = 2;

    /// <summary>A side slower than this on its first call is timed once only: repeating it would take the benchmark hours.</summary>
    private static readonly TimeSpan TooSlowToRepeat = TimeSpan.FromSeconds(30);

    public static void PrintHeader()
    {
        Console.WriteLine("| query | rows | product p50 (ms) | product p95 (ms) | hand-written p50 (ms) | hand-written p95 (ms) | p95 ratio |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    }

    public static async Task RunAsync(Case measured, int runs)
    {
        var started = Stopwatch.GetTimestamp();
        var product = await measured.Product();
        var productFirst = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        product.MustEqual(await measured.HandWritten(), measured.Name);
        var floorFirst = Stopwatch.GetElapsedTime(started);
        if (productFirst > TooSlowToRepeat || floorFirst > TooSlowToRepeat)
        {
            Console.WriteLine(
                $"| {measured.Name} | {product.Rows} | {productFirst.TotalMilliseconds:0} (1 cold run) | – | {floorFirst.TotalMilliseconds:0} (1 cold run) | – | "
                + $"{productFirst / floorFirst:0.00} (cold) |");
            return;
        }

        for (var i = 1; i < WarmUps; i++)
        {
            await measured.Product();
            await measured.HandWritten();
        }

        var (productTimes, floorTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < runs; i++)
        {
            productTimes.Add(await TimeAsync(measured.Product));
            floorTimes.Add(await TimeAsync(measured.HandWritten));
        }

        var (p95, f95) = (Quantile(productTimes, 0.95), Quantile(floorTimes, 0.95));
        Console.WriteLine(
            $"| {measured.Name} | {product.Rows} | {Quantile(productTimes, 0.5):0} | {p95:0} | {Quantile(floorTimes, 0.5):0} | {f95:0} | {p95 / f95:0.00} |");
    }

    private static async Task<double> TimeAsync(Func<Task<Answer>> query)
    {
        var started = Stopwatch.GetTimestamp();
        await query();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>The nearest-rank quantile: the smallest time at least <paramref name="q"/> of the runs took no longer than.</summary>
    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Max(0, Math.Ceiling(q * sorted.Count) - 1)];
    }
}
