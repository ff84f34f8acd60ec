using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>Money paid and refunded for the user's orders, as the payment ledger and the books record it.</summary>
[PersonalDataOf(typeof(PaymentLedgerEntry), typeof(JournalPosting))]
internal sealed class PaymentsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "payments";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        paymentLedger = await db.PaymentLedger.AsNoTracking().Where(e => db.Orders.Any(o => o.Id == e.OrderId && o.UserId == userId)).ToListAsync(cancellationToken),
        journalPostings = await db.JournalPostings.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken),
    };
}
