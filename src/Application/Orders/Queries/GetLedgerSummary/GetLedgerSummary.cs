using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders.Queries.GetLedgerSummary;

/// <summary>Totals from the payments ledger and the consistency check: for every order and every line, Σ ledger == paid − refunded.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetLedgerSummaryQuery : IQuery<LedgerSummaryDto>
{
    /// <summary>At most this many disagreeing orders are listed; one is already an alarm.</summary>
    public const int MaxMismatches = 100;
}

internal sealed class GetLedgerSummaryQueryHandler(IApplicationDbContext db) : IQueryHandler<GetLedgerSummaryQuery, LedgerSummaryDto>
{
    public async ValueTask<LedgerSummaryDto> Handle(GetLedgerSummaryQuery query, CancellationToken cancellationToken)
    {
        var ledger = db.PaymentLedger.AsNoTracking();
        var paidFen = await ledger.Where(e => e.Kind == LedgerEntryKind.Payment).SumAsync(e => e.AmountFen, cancellationToken);
        var refundedFen = -await ledger.Where(e => e.Kind == LedgerEntryKind.Refund).SumAsync(e => e.AmountFen, cancellationToken);
        var mismatches = await db.Orders.AsNoTracking()
            .Select(o => new
            {
                o.Id,
                Expected = o.PaidFen - o.RefundedFen,
                Ledger = ledger.Where(e => e.OrderId == o.Id).Sum(e => (long?)e.AmountFen) ?? 0,
            })
            .Where(o => o.Expected != o.Ledger)
            .Take(GetLedgerSummaryQuery.MaxMismatches)
            .Select(o => new LedgerMismatchDto(o.Id, null, o.Expected, o.Ledger))
            .ToListAsync(cancellationToken);
        var lineMismatches = await (
                from line in db.OrderLines.AsNoTracking()
                join order in db.Orders on line.OrderId equals order.Id
                let expected = (order.TransactionId != null ? line.AmountFen : 0) - line.RefundedFen
                let booked = ledger.Where(e => e.LineId == line.Id).Sum(e => (long?)e.AmountFen) ?? 0
                where expected != booked
                select new LedgerMismatchDto(order.Id, line.Id, expected, booked))
            .Take(GetLedgerSummaryQuery.MaxMismatches)
            .ToListAsync(cancellationToken);
        return new LedgerSummaryDto(paidFen, refundedFen, [.. mismatches, .. lineMismatches]);
    }
}
