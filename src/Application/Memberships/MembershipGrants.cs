using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Memberships;

internal static class MembershipGrants
{
    /// <summary>
    /// Adds a term of plan <paramref name="planId"/> to <paramref name="userId"/>'s membership, starting it when they
    /// have none: the plan's length, or <paramref name="days"/> for an admin grant. A source that already added a term
    /// adds nothing (returns null), so a gift, code or order line counts once. Changes the context, never saves.
    /// </summary>
    public static async Task<Membership?> GrantTermAsync(
        this IApplicationDbContext db,
        Guid userId,
        Guid planId,
        EnrollmentSource source,
        Guid? sourceId,
        DateTimeOffset now,
        CancellationToken cancellationToken,
        int? days = null)
    {
        var plan = await db.Offers.SingleOrDefaultAsync(o => o.Id == planId && o.Kind == OfferKind.Membership, cancellationToken)
            ?? throw new NotFoundException("MembershipPlan", planId);
        var membership = await db.MembershipOfAsync(userId, planId, cancellationToken);
        if (membership is null)
        {
            membership = Membership.Start(userId, plan, source, sourceId, now, days);
            db.Memberships.Add(membership);
            return membership;
        }

        if (sourceId is { } id && membership.HasTermFrom(source, id))
        {
            return null;
        }

        membership.Renew(plan, source, sourceId, now, days);
        return membership;
    }

    /// <summary>The user's membership of the plan with its terms, also when another handler started it in this save.</summary>
    public static async Task<Membership?> MembershipOfAsync(
        this IApplicationDbContext db, Guid userId, Guid planId, CancellationToken cancellationToken) =>
        db.Memberships.Local.SingleOrDefault(m => m.UserId == userId && m.PlanId == planId)
        ?? await db.Memberships.Include(m => m.Terms).SingleOrDefaultAsync(m => m.UserId == userId && m.PlanId == planId, cancellationToken);
}
