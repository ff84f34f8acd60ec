using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Sharing;

namespace KnowledgePay.Application.Sharing;

/// <summary>The funnel's last step, in SQL: visits whose visitor bought the shared course after opening the share.</summary>
internal static class ShareVisitPurchases
{
    /// <summary>
    /// Keeps the visits followed by a purchase of the share's course (an enrollment bought, alone or in a bundle, that no
    /// refund revoked) granted at or after the visit's first opening.
    /// </summary>
    public static IQueryable<ShareVisit> FollowedByPurchase(this IQueryable<ShareVisit> visits, IApplicationDbContext db) =>
        visits.Where(v => db.Shares.Any(s => s.Id == v.ShareId && db.Enrollments.Any(e =>
            e.UserId == v.VisitorId
            && e.CourseId == s.CourseId
            && e.Source == EnrollmentSource.Purchase
            && e.RevokedAt == null
            && e.GrantedAt >= v.FirstOpenedAt)));
}
