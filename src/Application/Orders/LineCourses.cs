using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

internal static class LineCourses
{
    /// <summary>The courses <paramref name="lines"/> opened for the buyer: a course line's course, a bundle's courses (not gifts, not plans).</summary>
    public static async Task<IReadOnlyList<Guid>> CoursesOfAsync(
        this IApplicationDbContext db, IEnumerable<OrderLine> lines, CancellationToken cancellationToken)
    {
        var own = lines.Where(l => !l.IsGift).ToList();
        var bundleIds = own.Where(l => l.Kind == OfferKind.Bundle).Select(l => l.OfferId).ToList();
        var bundled = bundleIds.Count == 0
            ? []
            : await db.Offers.Where(o => bundleIds.Contains(o.Id)).SelectMany(o => o.Courses.Select(c => c.CourseId)).ToListAsync(cancellationToken);
        return [.. own.Where(l => l.Kind == OfferKind.Course).Select(l => l.OfferId).Concat(bundled).Distinct()];
    }
}
