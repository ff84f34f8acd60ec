using System.Globalization;

namespace KnowledgePay.Payments;

/// <summary>
/// Rows a payment writes besides the order, its ledger entry and its enrollment, counted per table, so a round shows
/// that the floor writes what the product writes (outbox rows the product's dispatcher has handled are still counted).
/// </summary>
internal sealed record SideRows(long Journal, long Audit, long Outbox, long Messages, long Behaviour)
{
    public static SideRows operator -(SideRows after, SideRows before) => new(
        after.Journal - before.Journal, after.Audit - before.Audit, after.Outbox - before.Outbox,
        after.Messages - before.Messages, after.Behaviour - before.Behaviour);

    public string PerNotification(int orders) => string.Join(
        ", ", new[] { Journal, Audit, Outbox, Messages, Behaviour }.Select(rows => ((double)rows / orders).ToString("F1", CultureInfo.InvariantCulture)));
}
