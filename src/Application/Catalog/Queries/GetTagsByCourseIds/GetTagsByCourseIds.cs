using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetTagsByCourseIds;

/// <summary>Each course's tags, ordered by name; one statement for any number of courses.</summary>
public sealed record GetTagsByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>>, IAllowAnonymous;

internal sealed class GetTagsByCourseIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetTagsByCourseIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<TagDto>>> Handle(
        GetTagsByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        var rows = await (
                from course in db.Courses.AsNoTracking()
                where query.CourseIds.Contains(course.Id)
                from courseTag in course.Tags
                join tag in db.Tags on courseTag.TagId equals tag.Id
                orderby tag.Name
                select new { course.Id, Tag = new TagDto { Id = tag.Id, Name = tag.Name, Slug = tag.Slug } })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TagDto>)[.. g.Select(r => r.Tag)]);
    }
}
