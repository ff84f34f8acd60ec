using System.Globalization;

namespace KnowledgePay.Payments;

/// <summary>
/// One round: checkout of every order, then their notifications (each twice at once when duplicated); or a floor round
/// (no checkout), whose "notifications" are the floor's direct payments.
/// </summary>
internal sealed record RoundResult(
    string Name,
    int Orders,
    LoadResult? Checkout,
    LoadResult Notify,
    CpuTime NotifyCpu,
    Fulfilment Fulfilment,
    bool FulfilledExactlyOnce,
    SideRows Rows,
    string LoadAverage)
{
    public const string TableHeader = """
        | round | orders | notifications/s | notify p50 (ms) | notify p99 (ms) | notify requests (non-2xx) | checkout p50 (ms) | checkout p99 (ms) | checkouts/s | CPU ms/notification (product, PostgreSQL, harness) | rows/notification (journal, audit, outbox, messages, behaviour) | exactly once | load avg |
        | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |
        """;

    /// <summary>Distinct notifications fulfilled per second (a duplicated round sends twice as many requests).</summary>
    public double NotificationsPerSecond => Orders / Notify.Elapsed.TotalSeconds;

    public double CpuMsPerNotification(TimeSpan cpu) => cpu.TotalMilliseconds / Orders;

    public string TableRow() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Orders} | {NotificationsPerSecond:F0} | {Notify.P50Ms:F1} | {Notify.P99Ms:F1} | {Notify.Requests} ({Notify.Failures}) "
        + $"| {Checkout?.P50Ms.ToString("F1", CultureInfo.InvariantCulture) ?? "–"} | {Checkout?.P99Ms.ToString("F1", CultureInfo.InvariantCulture) ?? "–"} "
        + $"| {Checkout?.RequestsPerSecond.ToString("F0", CultureInfo.InvariantCulture) ?? "–"} "
        + $"| {CpuMsPerNotification(NotifyCpu.Product):F2}, {CpuMsPerNotification(NotifyCpu.PostgreSql):F2}, {CpuMsPerNotification(NotifyCpu.Harness):F2} "
        + $"| {Rows.PerNotification(Orders)} "
        + $"| {(FulfilledExactlyOnce ? "yes" : $"NO: {Fulfilment}")} | {LoadAverage} |");
}
