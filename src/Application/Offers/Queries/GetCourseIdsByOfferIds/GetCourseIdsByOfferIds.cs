using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Offers.Queries.GetCourseIdsByOfferIds;

/// <summary>The courses each offer names, in the offer's order (empty for a plan covering every course).</summary>
public sealed record GetCourseIdsByOfferIdsQuery(IReadOnlyCollection<Guid> OfferIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>>, IAllowAnonymous;

internal sealed class GetCourseIdsByOfferIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCourseIdsByOfferIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> Handle(
        GetCourseIdsByOfferIdsQuery query, CancellationToken cancellationToken)
    {
        var courses = await db.Offers.AsNoTracking()
            .Where(o => query.OfferIds.Contains(o.Id))
            .SelectMany(o => o.Courses)
            .Select(c => new { c.OfferId, c.CourseId, c.Position })
            .ToListAsync(cancellationToken);
        return courses.GroupBy(c => c.OfferId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<Guid>)[.. g.OrderBy(c => c.Position).Select(c => c.CourseId)]);
    }
}
