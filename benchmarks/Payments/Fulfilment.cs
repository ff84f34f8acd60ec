namespace KnowledgePay.Payments;

/// <summary>Counts after a round: exactly-once fulfilment of n orders means n, n, n, n × price and nothing flagged.</summary>
internal sealed record Fulfilment(int PaidOrders, int Enrollments, int LedgerEntries, long LedgerFen, int FlaggedOrders)
{
    public bool IsExactlyOnce(IReadOnlyList<PendingOrder> orders) =>
        PaidOrders == orders.Count
        && Enrollments == orders.Count
        && LedgerEntries == orders.Count
        && LedgerFen == orders.Sum(o => o.TotalFen)
        && FlaggedOrders == 0;
}
