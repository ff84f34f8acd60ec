using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;

/// <summary>
/// Whether the books balance: the journal and each of its transactions add up to zero, no user's wallet or bonus account
/// is negative, and for every order paid through an outside channel the clearing postings match its payments ledger
/// entries and the revenue postings match the entries of its lines that are not top-ups. A top-up refund still at the
/// provider counts as paid out: the wallet posts it when the refund is requested (it holds the money back then), the
/// payments ledger once the provider confirms.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record CheckBooksQuery : IQuery<BooksDto>
{
    /// <summary>At most this many problems of each kind are listed; one is already an alarm.</summary>
    public const int MaxProblems = 100;
}

internal sealed class CheckBooksQueryHandler(IApplicationDbContext db) : IQueryHandler<CheckBooksQuery, BooksDto>
{
    public async ValueTask<BooksDto> Handle(CheckBooksQuery query, CancellationToken cancellationToken)
    {
        var accounts = await AccountsAsync(cancellationToken);
        var total = accounts.Sum(a => a.BalanceFen);
        List<BookProblemDto> problems = total == 0
            ? []
            : [new(BookProblemKind.JournalUnbalanced, $"The journal adds up to {total} fen, not 0.", "journal")];
        problems.AddRange(await UnbalancedTransactionsAsync(cancellationToken));
        problems.AddRange(await NegativeUserAccountsAsync(cancellationToken));
        problems.AddRange(await OrdersDisagreeingWithPaymentsLedgerAsync(cancellationToken));
        return new BooksDto(accounts, problems);
    }

    private async Task<IReadOnlyList<AccountBalanceDto>> AccountsAsync(CancellationToken cancellationToken)
    {
        var sums = await db.JournalPostings.AsNoTracking()
            .GroupBy(p => p.Account)
            .Select(g => new { Account = g.Key, Fen = g.Sum(p => p.AmountFen) })
            .ToDictionaryAsync(s => s.Account, s => s.Fen, cancellationToken);
        return [.. Enum.GetValues<JournalAccount>().Select(account => new AccountBalanceDto(account, sums.GetValueOrDefault(account)))];
    }

    private async Task<IEnumerable<BookProblemDto>> UnbalancedTransactionsAsync(CancellationToken cancellationToken)
    {
        var unbalanced = await db.JournalPostings.AsNoTracking()
            .GroupBy(p => p.TransactionKey)
            .Select(g => new { Key = g.Key, Fen = g.Sum(p => p.AmountFen) })
            .Where(t => t.Fen != 0)
            .OrderBy(t => t.Key)
            .Take(CheckBooksQuery.MaxProblems)
            .ToListAsync(cancellationToken);
        return unbalanced.Select(t => new BookProblemDto(
            BookProblemKind.TransactionUnbalanced, $"Transaction {t.Key} adds up to {t.Fen} fen, not 0.", t.Key));
    }

    private async Task<IEnumerable<BookProblemDto>> NegativeUserAccountsAsync(CancellationToken cancellationToken)
    {
        var negative = await db.JournalPostings.AsNoTracking()
            .Where(p => p.UserId != null && (p.Account == JournalAccount.UserWallet || p.Account == JournalAccount.UserBonus))
            .GroupBy(p => new { p.Account, p.UserId })
            .Select(g => new { g.Key.Account, g.Key.UserId, Fen = g.Sum(p => p.AmountFen) })
            .Where(a => a.Fen < 0)
            .Take(CheckBooksQuery.MaxProblems)
            .ToListAsync(cancellationToken);
        return negative.Select(a => new BookProblemDto(
            BookProblemKind.NegativeUserAccount, $"User {a.UserId}'s {a.Account} account is {a.Fen} fen.", $"{a.Account}:{a.UserId}"));
    }

    private async Task<IEnumerable<BookProblemDto>> OrdersDisagreeingWithPaymentsLedgerAsync(CancellationToken cancellationToken)
    {
        var postings = db.JournalPostings.AsNoTracking();
        var ledger = db.PaymentLedger.AsNoTracking();
        var soldLedger =
            from entry in ledger
            join line in db.OrderLines on entry.LineId equals line.Id
            where line.Kind != OfferKind.WalletTopUp
            select entry;
        var disagreeing = await db.Orders.AsNoTracking()
            .Where(o => o.Channel != PaymentChannel.Balance && o.TransactionId != null)
            .Select(o => new
            {
                o.OutTradeNo,
                LedgerFen = ledger.Where(e => e.OrderId == o.Id).Sum(e => (long?)e.AmountFen) ?? 0,
                HeldFen = o.Refunds
                    .Where(r => r.Status == RefundStatus.Processing || r.Status == RefundStatus.Abnormal)
                    .SelectMany(r => r.Lines)
                    .Where(l => db.OrderLines.Any(line => line.Id == l.LineId && line.Kind == OfferKind.WalletTopUp))
                    .Sum(l => (long?)l.AmountFen) ?? 0,
                ClearingFen = -(postings
                    .Where(p => p.OrderId == o.Id
                        && (p.Account == JournalAccount.WeChatPayClearing || p.Account == JournalAccount.VirtualPaymentClearing))
                    .Sum(p => (long?)p.AmountFen) ?? 0),
                SoldFen = soldLedger.Where(e => e.OrderId == o.Id).Sum(e => (long?)e.AmountFen) ?? 0,
                RevenueFen = postings
                    .Where(p => p.OrderId == o.Id && p.Account == JournalAccount.PlatformRevenue
                        && (p.Cause == JournalCause.OrderPaid || p.Cause == JournalCause.OrderRefunded))
                    .Sum(p => (long?)p.AmountFen) ?? 0,
            })
            .Where(o => o.LedgerFen - o.HeldFen != o.ClearingFen || o.SoldFen != o.RevenueFen)
            .OrderBy(o => o.OutTradeNo)
            .Take(CheckBooksQuery.MaxProblems)
            .ToListAsync(cancellationToken);
        return disagreeing.Select(o => new BookProblemDto(
            BookProblemKind.OrderDisagreesWithPaymentsLedger,
            $"Order {o.OutTradeNo}: the payments ledger holds {o.LedgerFen} fen ({o.SoldFen} fen of it sold, {o.HeldFen} fen of "
            + $"top-ups being refunded), the books clear {o.ClearingFen} fen and earn {o.RevenueFen} fen.",
            o.OutTradeNo));
    }
}
