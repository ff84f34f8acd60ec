using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Referrals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Queries.CheckCommissionBooks;

/// <summary>
/// Admins: whether the commission ledger balances. Its buckets add up to zero; and for every promoter the ledger, the
/// promoter's stored balances, their commissions and their withdrawals tell the same story: pending = the commissions
/// still in their window, net of refunds; valid = the commissions past it, net of refunds, less what withdrawals hold
/// or paid out; held = open withdrawals; paid out = paid withdrawals; reversed = what refunds took back.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record CheckCommissionBooksQuery : IQuery<CommissionBooksDto>
{
    /// <summary>At most this many problems are listed; one is already an alarm.</summary>
    public const int MaxProblems = 100;
}

internal sealed class CheckCommissionBooksQueryHandler(IApplicationDbContext db) : IQueryHandler<CheckCommissionBooksQuery, CommissionBooksDto>
{
    public async ValueTask<CommissionBooksDto> Handle(CheckCommissionBooksQuery query, CancellationToken cancellationToken)
    {
        var inflows = await db.CommissionEntries.AsNoTracking()
            .GroupBy(e => new { e.PromoterId, Bucket = e.To })
            .Select(g => new { g.Key.PromoterId, g.Key.Bucket, Fen = g.Sum(e => e.AmountFen) })
            .ToListAsync(cancellationToken);
        var outflows = await db.CommissionEntries.AsNoTracking()
            .GroupBy(e => new { e.PromoterId, Bucket = e.From })
            .Select(g => new { g.Key.PromoterId, g.Key.Bucket, Fen = -g.Sum(e => e.AmountFen) })
            .ToListAsync(cancellationToken);
        var ledger = inflows.Concat(outflows)
            .GroupBy(b => (b.PromoterId, b.Bucket))
            .ToDictionary(g => g.Key, g => g.Sum(b => b.Fen));
        var commissions = await db.Commissions.AsNoTracking()
            .GroupBy(c => c.PromoterId)
            .Select(g => new
            {
                PromoterId = g.Key,
                AccruedFen = g.Sum(c => c.AmountFen),
                ReversedFen = g.Sum(c => c.ReversedFen),
                PendingFen = g.Where(c => c.ValidAt == null).Sum(c => c.AmountFen - c.ReversedFen),
                ValidatedFen = g.Where(c => c.ValidAt != null).Sum(c => c.AmountFen - c.ReversedFen),
            })
            .ToDictionaryAsync(c => c.PromoterId, cancellationToken);
        var withdrawals = await db.Withdrawals.AsNoTracking()
            .GroupBy(w => w.PromoterId)
            .Select(g => new
            {
                PromoterId = g.Key,
                HeldFen = g.Where(w => w.Status == WithdrawalStatus.Requested || w.Status == WithdrawalStatus.Approved).Sum(w => w.AmountFen),
                PaidFen = g.Where(w => w.Status == WithdrawalStatus.Paid).Sum(w => w.AmountFen),
            })
            .ToDictionaryAsync(w => w.PromoterId, cancellationToken);
        var promoters = await db.Promoters.AsNoTracking()
            .Select(p => new { p.Id, p.PendingFen, p.ValidFen, p.HeldFen, p.PaidOutFen, p.ReversedFen })
            .ToListAsync(cancellationToken);

        long Bucket(Guid promoterId, CommissionBucket bucket) => ledger.GetValueOrDefault((promoterId, bucket));
        var problems = new List<CommissionBookProblemDto>();
        var total = ledger.Values.Sum();
        if (total != 0)
        {
            problems.Add(new(null, $"The commission ledger adds up to {total} fen, not 0."));
        }

        foreach (var p in promoters)
        {
            var earned = commissions.GetValueOrDefault(p.Id);
            var drawn = withdrawals.GetValueOrDefault(p.Id);
            var expected = new (string Name, long Stored, long Ledger, long Source)[]
            {
                ("pending", p.PendingFen, Bucket(p.Id, CommissionBucket.Pending), earned?.PendingFen ?? 0),
                ("valid", p.ValidFen, Bucket(p.Id, CommissionBucket.Valid), (earned?.ValidatedFen ?? 0) - (drawn?.HeldFen ?? 0) - (drawn?.PaidFen ?? 0)),
                ("held", p.HeldFen, Bucket(p.Id, CommissionBucket.Held), drawn?.HeldFen ?? 0),
                ("paid out", p.PaidOutFen, Bucket(p.Id, CommissionBucket.PaidOut), drawn?.PaidFen ?? 0),
                ("reversed", p.ReversedFen, p.ReversedFen, earned?.ReversedFen ?? 0),
            };
            problems.AddRange(expected
                .Where(e => e.Stored != e.Ledger || e.Stored != e.Source)
                .Select(e => new CommissionBookProblemDto(p.Id,
                    $"Promoter {p.Id}'s {e.Name} balance is {e.Stored} fen; the ledger says {e.Ledger}, the commissions and withdrawals {e.Source}.")));
        }

        return new CommissionBooksDto(
            AccruedFen: commissions.Values.Sum(c => c.AccruedFen),
            ReversedFen: commissions.Values.Sum(c => c.ReversedFen),
            PendingFen: promoters.Sum(p => p.PendingFen),
            ValidFen: promoters.Sum(p => p.ValidFen),
            HeldFen: promoters.Sum(p => p.HeldFen),
            PaidOutFen: promoters.Sum(p => p.PaidOutFen),
            PlatformFen: ledger.Where(b => b.Key.Bucket == CommissionBucket.Platform).Sum(b => b.Value),
            OwedFen: -promoters.Where(p => p.ValidFen < 0).Sum(p => p.ValidFen),
            Problems: [.. problems.Take(CheckCommissionBooksQuery.MaxProblems)]);
    }
}
