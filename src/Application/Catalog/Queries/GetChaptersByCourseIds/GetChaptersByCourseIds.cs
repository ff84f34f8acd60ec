using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Catalog.Queries.GetChaptersByCourseIds;

/// <summary>Each course's chapters with their lesson outlines, both in the creator's order.</summary>
public sealed record GetChaptersByCourseIdsQuery(IReadOnlyCollection<Guid> CourseIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<ChapterDto>>>, IAllowAnonymous;

internal sealed class GetChaptersByCourseIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetChaptersByCourseIdsQuery, IReadOnlyDictionary<Guid, IReadOnlyList<ChapterDto>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<ChapterDto>>> Handle(
        GetChaptersByCourseIdsQuery query, CancellationToken cancellationToken)
    {
        var chapters = await db.Courses.AsNoTracking()
            .Where(c => query.CourseIds.Contains(c.Id))
            .SelectMany(c => c.Chapters)
            .ProjectToType<ChapterDto>()
            .ToListAsync(cancellationToken);
        return chapters
            .GroupBy(c => c.CourseId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ChapterDto>)[.. g.OrderBy(c => c.Position)
                    .Select(c => c with { Lessons = [.. c.Lessons.OrderBy(l => l.Position)] })]);
    }
}
