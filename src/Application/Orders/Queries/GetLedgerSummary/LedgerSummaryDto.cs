namespace KnowledgePay.Application.Orders.Queries.GetLedgerSummary;

/// <summary>Money in and out by the ledger, and every order whose ledger entries disagree with what it says.</summary>
public sealed record LedgerSummaryDto(long PaidFen, long RefundedFen, IReadOnlyList<LedgerMismatchDto> Mismatches)
{
    public long NetFen => PaidFen - RefundedFen;

    public bool IsBalanced => Mismatches.Count == 0;
}

/// <param name="LineId">The line that disagrees; null when the order's totals do.</param>
/// <param name="ExpectedFen">What the order (or line) says: paid minus refunded.</param>
/// <param name="LedgerFen">The sum of its ledger entries.</param>
public sealed record LedgerMismatchDto(Guid OrderId, Guid? LineId, long ExpectedFen, long LedgerFen);
