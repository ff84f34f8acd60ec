using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Profiles.Queries.GetCourseContentProfiles;

/// <summary>Content profiles of courses by id (the batch behind <c>course.contentProfile</c>); unknown ids are left out.</summary>
public sealed record GetCourseContentProfilesQuery(IReadOnlyCollection<Guid> Ids)
    : IQuery<IReadOnlyDictionary<Guid, CourseContentProfileDto>>, IAllowAnonymous;

internal sealed class GetCourseContentProfilesQueryHandler(IApplicationDbContext db, IOptions<ProfileOptions> options, TimeProvider clock)
    : IQueryHandler<GetCourseContentProfilesQuery, IReadOnlyDictionary<Guid, CourseContentProfileDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CourseContentProfileDto>> Handle(
        GetCourseContentProfilesQuery query, CancellationToken cancellationToken) =>
        (await db.ContentProfilesAsync(db.Courses.Where(c => query.Ids.Contains(c.Id)), options.Value, clock.GetUtcNow(), cancellationToken))
            .ToDictionary(p => p.CourseId);
}
