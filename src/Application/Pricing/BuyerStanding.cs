using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Learning;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Application.Pricing;

/// <summary>What the buyer holds now, as far as a price depends on it: courses they can open, and their best member discount.</summary>
internal sealed record BuyerStanding(IReadOnlySet<Guid> OpenCourseIds, IReadOnlyList<MemberStanding> Memberships)
{
    private static readonly BuyerStanding Anonymous = new(new HashSet<Guid>(), []);

    public MemberPrice? BestMemberPrice =>
        Memberships.Where(m => m.DiscountPercent > 0).MaxBy(m => m.DiscountPercent) is { } best
            ? new MemberPrice(best.MembershipId, best.DiscountPercent, $"{best.PlanTitle}会员价")
            : null;

    public bool Opens(Guid courseId) => OpenCourseIds.Contains(courseId) || Memberships.Any(m => m.Opens(courseId));

    public static async Task<BuyerStanding> ReadAsync(
        IApplicationDbContext db, IMemberPriceSource members, Guid? userId, IReadOnlyCollection<Guid> courseIds,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (userId is not { } id)
        {
            return Anonymous;
        }

        var open = await db.OpenCourseIdsAsync(id, courseIds, now, cancellationToken);
        return new BuyerStanding(open, await members.ActiveAsync(id, now, cancellationToken));
    }
}
