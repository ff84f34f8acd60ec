using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.EventHandlers;

/// <summary>
/// An erased account's referral bindings, as buyer and as promoter, go with the erasure: no commission is earned for or
/// from it any more. Its promoter record, commissions and withdrawals are money and stay under the pseudonymous id.
/// </summary>
internal sealed class RemoveReferralBindingsWhenAccountErased(IApplicationDbContext db) : IInTransactionHandler<AccountErasedEvent>
{
    public async ValueTask Handle(AccountErasedEvent notification, CancellationToken cancellationToken) =>
        db.ReferralBindings.RemoveRange(await db.ReferralBindings
            .Where(b => b.BuyerId == notification.UserId || b.PromoterUserId == notification.UserId)
            .ToListAsync(cancellationToken));
}
