using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Memberships;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Memberships.Queries.GetMyMemberships;

/// <summary>The signed-in caller's memberships active now, the one expiring first first; only ever their own.</summary>
public sealed record GetMyMembershipsQuery : IQuery<IReadOnlyList<MembershipDto>>;

internal sealed class GetMyMembershipsQueryHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<GetMyMembershipsQuery, IReadOnlyList<MembershipDto>>
{
    public async ValueTask<IReadOnlyList<MembershipDto>> Handle(GetMyMembershipsQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var memberships = await db.Memberships.AsNoTracking()
            .Where(Membership.ActiveAt(clock.GetUtcNow()))
            .Where(m => m.UserId == userId)
            .Join(db.Offers, m => m.PlanId, o => o.Id, (m, plan) => new
            {
                m.Id,
                m.PlanId,
                plan.Title,
                CourseIds = plan.Courses.OrderBy(c => c.Position).Select(c => c.CourseId).ToList(),
                plan.MemberDiscountPercent,
                m.StartedAt,
                m.ExpiresAt,
                Source = m.Terms.Where(t => t.RemovedAt == null).OrderByDescending(t => t.GrantedAt).Select(t => t.Source).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. memberships
            .OrderBy(m => m.ExpiresAt)
            .Select(m => new MembershipDto(
                m.Id, m.PlanId, m.Title, m.CourseIds.Count == 0, m.CourseIds, m.MemberDiscountPercent, m.StartedAt, m.ExpiresAt, m.Source))];
    }
}
