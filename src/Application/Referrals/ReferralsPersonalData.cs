using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals;

/// <summary>Who referred the user; as a promoter: their bindings, commissions, commission account entries and withdrawals.</summary>
[PersonalDataOf(typeof(Promoter), typeof(ReferralBinding), typeof(Commission), typeof(CommissionEntry), typeof(Withdrawal))]
internal sealed class ReferralsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "referrals";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        promoters = await db.Promoters.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken),
        bindings = await db.ReferralBindings.AsNoTracking().Where(b => b.BuyerId == userId || b.PromoterUserId == userId).ToListAsync(cancellationToken),
        commissions = await db.Commissions.AsNoTracking().Include(c => c.Reversals).Where(c => c.BuyerId == userId || db.Promoters.Any(p => p.Id == c.PromoterId && p.UserId == userId)).ToListAsync(cancellationToken),
        commissionEntries = await db.CommissionEntries.AsNoTracking().Where(e => db.Promoters.Any(p => p.Id == e.PromoterId && p.UserId == userId)).ToListAsync(cancellationToken),
        withdrawals = await db.Withdrawals.AsNoTracking().Where(w => db.Promoters.Any(p => p.Id == w.PromoterId && p.UserId == userId)).ToListAsync(cancellationToken),
    };
}
