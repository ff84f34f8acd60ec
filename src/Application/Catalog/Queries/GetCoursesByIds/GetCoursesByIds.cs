using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Catalog;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetCoursesByIds;

/// <summary>Courses a learner can look up by id: published ones and archived ones (bought courses stay visible).</summary>
public sealed record GetCoursesByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CourseDto>>, IAllowAnonymous;

internal sealed class GetCoursesByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCoursesByIdsQuery, IReadOnlyDictionary<Guid, CourseDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CourseDto>> Handle(
        GetCoursesByIdsQuery query, CancellationToken cancellationToken) =>
        await db.Courses.AsNoTracking()
            .Where(c => query.Ids.Contains(c.Id) && c.Status != CourseStatus.Draft)
            .ProjectToType<CourseDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
