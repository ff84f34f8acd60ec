using System.Diagnostics.Metrics;
using KnowledgePay.Application.Orders;

namespace KnowledgePay.Application.Common.Telemetry;

/// <summary>Counters of the money side, incremented where a provider's report is settled.</summary>
public static class PaymentMetrics
{
    private static readonly Counter<long> Settlements = ApplicationTelemetry.Meter.CreateCounter<long>(
        "knowledgepay.payments.settlements", "{report}", "Payment reports settled (notifications, queries, pushes), by outcome.");

    private static readonly Counter<long> Notifications = ApplicationTelemetry.Meter.CreateCounter<long>(
        "knowledgepay.payments.notifications", "{notification}", "Authentic WeChat Pay notifications handled, by kind and outcome.");

    public static void RecordSettlement(SettlementOutcome outcome) =>
        Settlements.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeName(outcome)));

    public static void RecordNotification(string kind, SettlementOutcome outcome) =>
        Notifications.Add(1, new("kind", kind), new("outcome", OutcomeName(outcome)));

    // Tag values from a fixed set: an enum's ToString allocates on every call.
    private static string OutcomeName(SettlementOutcome outcome) => outcome switch
    {
        SettlementOutcome.Settled => "settled",
        SettlementOutcome.AlreadySettled => "already_settled",
        SettlementOutcome.Flagged => "flagged",
        SettlementOutcome.NotFinal => "not_final",
        SettlementOutcome.Unknown => "unknown",
        SettlementOutcome.RetryLater => "retry_later",
        _ => "other",
    };
}
