using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals;

/// <summary>Binding buyers to promoters and enrolling promoters, shared by the invitation mutation and the share reaction.</summary>
internal static class Referrers
{
    /// <summary>
    /// Binds <paramref name="buyerId"/> to <paramref name="promoter"/> by <paramref name="rules"/>; throws the typed refusal
    /// (self, inactive promoter, cycle, first touch held by another) and leaves everything as it was.
    /// </summary>
    public static async Task<ReferralBinding> BindAsync(
        this IApplicationDbContext db, Guid buyerId, Promoter promoter, Guid? shareId, BindingRules rules, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (promoter.UserId == buyerId)
        {
            throw ReferralErrors.SelfReferral();
        }

        if (!promoter.IsActive)
        {
            throw ReferralErrors.PromoterInactive();
        }

        var buyerAsPromoter = await db.Promoters.SingleOrDefaultAsync(p => p.UserId == buyerId, cancellationToken);
        if (await db.ReferralBindings.AnyAsync(b => b.BuyerId == promoter.UserId && b.PromoterUserId == buyerId, cancellationToken)
            || (buyerAsPromoter is not null && promoter.UplinePromoterId == buyerAsPromoter.Id))
        {
            throw ReferralErrors.Cycle();
        }

        var binding = await db.ReferralBindings.SingleOrDefaultAsync(b => b.BuyerId == buyerId, cancellationToken);
        switch (rules.Decide(binding, promoter.Id, now))
        {
            case BindingDecision.Refuse:
                throw ReferralErrors.AlreadyBound();
            case BindingDecision.Keep:
                return binding!;
        }

        var isNewReferral = binding is null || binding.PromoterId != promoter.Id;
        if (binding is null)
        {
            binding = ReferralBinding.Bind(buyerId, promoter, shareId, rules, now);
            db.ReferralBindings.Add(binding);
        }
        else
        {
            binding.Rebind(promoter, shareId, rules, now);
        }

        if (isNewReferral)
        {
            promoter.CountReferral();
        }

        buyerAsPromoter?.AdoptUpline(promoter);
        return binding;
    }

    /// <summary>
    /// The user's promoter record, enrolled now when there is none: approved at once under <see cref="PromoterPolicy.Open"/>,
    /// applied under <see cref="PromoterPolicy.Approval"/>. Whoever bound the user becomes their upline.
    /// </summary>
    public static async Task<Promoter> EnrolAsync(
        this IApplicationDbContext db, Guid userId, PromoterPolicy policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var promoter = await db.Promoters.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (promoter is not null)
        {
            return promoter;
        }

        var upline = await db.ReferralBindings.Where(b => b.BuyerId == userId)
            .Select(b => (Guid?)b.PromoterId).SingleOrDefaultAsync(cancellationToken);
        promoter = Promoter.Enrol(userId, policy == PromoterPolicy.Open, upline, now);
        db.Promoters.Add(promoter);
        return promoter;
    }
}
