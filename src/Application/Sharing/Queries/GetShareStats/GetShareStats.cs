using KnowledgePay.Application.Catalog.Commands;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Sharing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.Queries.GetShareStats;

/// <summary>
/// The funnel of one course's shares, or of every course the caller manages when <see cref="CourseId"/> is null: admins
/// see all courses, creators their own. Counted in SQL; null for an unknown course.
/// </summary>
[RequiresRole(Role.Creator, Role.Admin)]
public sealed record GetShareStatsQuery(Guid? CourseId) : IQuery<ShareStatsDto?>;

internal sealed class GetShareStatsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetShareStatsQuery, ShareStatsDto?>
{
    public async ValueTask<ShareStatsDto?> Handle(GetShareStatsQuery query, CancellationToken cancellationToken)
    {
        var shares = db.Shares.AsNoTracking();
        if (query.CourseId is { } courseId)
        {
            var creatorId = await db.Courses.Where(c => c.Id == courseId).Select(c => (Guid?)c.CreatorId).SingleOrDefaultAsync(cancellationToken);
            if (creatorId is null)
            {
                return null;
            }

            await db.EnsureManagesCreatorAsync(user, creatorId.Value, cancellationToken);
            shares = shares.Where(s => s.CourseId == courseId);
        }
        else if (!user.IsInRole(Role.Admin))
        {
            var ownCreatorId = await db.OwnCreatorIdAsync(user, cancellationToken) ?? throw new ForbiddenAccessException();
            shares = shares.Where(s => db.Courses.Any(c => c.Id == s.CourseId && c.CreatorId == ownCreatorId));
        }

        var visits = db.ShareVisits.AsNoTracking().Where(v => shares.Any(s => s.Id == v.ShareId));
        var count = await shares.CountAsync(cancellationToken);
        var opened = await visits.SumAsync(v => v.OpenCount, cancellationToken);
        var visitors = await CourseVisitorsAsync(visits, cancellationToken);
        var buyers = await CourseVisitorsAsync(visits.FollowedByPurchase(db), cancellationToken);
        return new ShareStatsDto(count, new ShareFunnelDto(opened, visitors, buyers));
    }

    /// <summary>Distinct (course, visitor) pairs among <paramref name="visits"/>.</summary>
    private Task<int> CourseVisitorsAsync(IQueryable<ShareVisit> visits, CancellationToken cancellationToken) =>
        visits.Join(db.Shares, v => v.ShareId, s => s.Id, (v, s) => new { s.CourseId, v.VisitorId })
            .Distinct()
            .CountAsync(cancellationToken);
}
