using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Memberships;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Memberships;

/// <summary>The buyer's memberships active at a moment, with what their plans open and take off; one statement.</summary>
internal sealed class MemberPriceSource(IApplicationDbContext db) : IMemberPriceSource
{
    public async Task<IReadOnlyList<MemberStanding>> ActiveAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var standings = await db.Memberships.AsNoTracking()
            .Where(Membership.ActiveAt(now))
            .Where(m => m.UserId == userId)
            .Join(db.Offers, m => m.PlanId, o => o.Id, (m, plan) => new
            {
                m.Id,
                m.PlanId,
                plan.Title,
                plan.MemberDiscountPercent,
                m.ExpiresAt,
                CourseIds = plan.Courses.Select(c => c.CourseId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. standings
            .OrderBy(s => s.ExpiresAt)
            .Select(s => new MemberStanding(
                s.Id, s.PlanId, s.Title, CoversAllCourses: s.CourseIds.Count == 0, s.CourseIds.ToHashSet(), s.MemberDiscountPercent, s.ExpiresAt))];
    }
}
