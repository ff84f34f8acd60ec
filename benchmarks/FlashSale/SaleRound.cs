using System.Globalization;

namespace KnowledgePay.FlashSale;

/// <summary>One flash sale sold out: how fast, and what the database holds afterwards.</summary>
internal sealed record SaleRound(
    string Name, int Stock, int Placed, int SoldOut, int LimitReached, int Conflicts, TimeSpan Elapsed, double P50Ms, double P99Ms,
    int Sold, int Reservations, int Orders, int MostByOneBuyer, int PerUserLimit)
{
    public const string TableHeader =
        "| round | stock | orders placed | orders/s | place p50 (ms) | place p99 (ms) | refused: sold out, limit, conflict | sold | reservations | orders | most by one buyer | oversold |\n"
        + "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- |";

    public double OrdersPerSecond => Placed / Elapsed.TotalSeconds;

    /// <summary>More placed than the stock, counters that disagree, or a buyer past the limit.</summary>
    public bool Oversold => Placed > Stock || Sold > Stock || Reservations != Sold || Orders != Placed || MostByOneBuyer > PerUserLimit;

    public string TableRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {Stock} | {Placed} | {OrdersPerSecond:F0} | {P50Ms:F1} | {P99Ms:F1} | {SoldOut}, {LimitReached}, {Conflicts} | "
        + $"{Sold} | {Reservations} | {Orders} | {MostByOneBuyer} | {(Oversold ? "**yes**" : "no")} |");
}
