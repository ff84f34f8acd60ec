using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Learning.Queries.GetLessonContentsByIds;

/// <summary>
/// Lessons' bodies and signed media links for the caller, signed in or not: locked (no content) where the access rule
/// keeps them closed, never an error. Lessons that do not exist are left out.
/// </summary>
public sealed record GetLessonContentsByIdsQuery(IReadOnlyCollection<Guid> LessonIds)
    : IQuery<IReadOnlyDictionary<Guid, LessonContentDto>>, IAllowAnonymous;

internal sealed class GetLessonContentsByIdsQueryHandler(
    IApplicationDbContext db, ICurrentUser user, IMediaUrlSigner signer, TimeProvider clock)
    : IQueryHandler<GetLessonContentsByIdsQuery, IReadOnlyDictionary<Guid, LessonContentDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, LessonContentDto>> Handle(
        GetLessonContentsByIdsQuery query, CancellationToken cancellationToken)
    {
        var lessons = await db.GateLessonsAsync(user, query.LessonIds, cancellationToken);
        var now = clock.GetUtcNow();
        return lessons.ToDictionary(
            l => l.LessonId,
            l => l.IsOpen
                ? new LessonContentDto(l.LessonId, Locked: false, l.Body, l.MediaUrl is null ? null : signer.Sign(l.LessonId, user.Id, now))
                : LessonContentDto.LockedFor(l.LessonId));
    }
}
