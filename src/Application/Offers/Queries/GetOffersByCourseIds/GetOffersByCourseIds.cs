using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Offers;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Offers.Queries.GetOffersByCourseIds;

/// <summary>
/// Per course, the bundles on sale that hold it (oldest first) and then the plans on sale that cover it
/// (shortest term first). The course on its own is not among them: it is sold at its own price.
/// </summary>
public sealed record GetOffersByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<OfferDto>>>, IAllowAnonymous;

internal sealed class GetOffersByCourseIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetOffersByCourseIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<OfferDto>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<OfferDto>>> Handle(
        GetOffersByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        var offers = await db.Offers.AsNoTracking()
            .Where(o => o.IsOnSale
                && (o.Courses.Any(c => query.CourseIds.Contains(c.CourseId)) || (o.Kind == OfferKind.Membership && !o.Courses.Any())))
            .OrderBy(o => o.Kind).ThenBy(o => o.MembershipDays).ThenBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .ProjectToType<OfferDto>()
            .ToListAsync(cancellationToken);
        var held = (await db.Offers.AsNoTracking()
            .Where(o => o.IsOnSale)
            .SelectMany(o => o.Courses)
            .Where(c => query.CourseIds.Contains(c.CourseId))
            .Select(c => new { c.OfferId, c.CourseId })
            .ToListAsync(cancellationToken))
            .Select(c => (c.OfferId, c.CourseId))
            .ToHashSet();
        return query.CourseIds.ToDictionary(
            courseId => courseId,
            courseId => (IReadOnlyList<OfferDto>)[.. offers.Where(o => o.CoversAllCourses || held.Contains((o.Id, courseId)))]);
    }
}
