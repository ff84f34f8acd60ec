using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Learning.Queries.GetLessonContentsByIds;

/// <summary>
/// Lessons' bodies and signed media links for the caller, signed in or not: locked (no content) where the access rule
/// keeps them closed, never an error. Lessons that do not exist are left out. Serving the body of a paid lesson to an
/// enrolled learner records it as opened, which the refund policy counts as consumed.
/// </summary>
public sealed record GetLessonContentsByIdsQuery(IReadOnlyCollection<LessonContentRequest> Lessons)
    : IQuery<IReadOnlyDictionary<LessonContentRequest, LessonContentDto>>, IAllowAnonymous;

/// <param name="ServesBody">
/// Whether the caller receives the body; otherwise only whether the lesson is locked and its media link are asked for,
/// so a course outline with lock marks opens nothing.
/// </param>
public readonly record struct LessonContentRequest(Guid LessonId, bool ServesBody);

internal sealed class GetLessonContentsByIdsQueryHandler(
    IApplicationDbContext db, ICurrentUser user, IMediaUrlSigner signer, LessonOpeningRecorder openings, TimeProvider clock)
    : IQueryHandler<GetLessonContentsByIdsQuery, IReadOnlyDictionary<LessonContentRequest, LessonContentDto>>
{
    public async ValueTask<IReadOnlyDictionary<LessonContentRequest, LessonContentDto>> Handle(
        GetLessonContentsByIdsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lessons = (await db.GateLessonsAsync(user, [.. query.Lessons.Select(l => l.LessonId).Distinct()], now, cancellationToken))
            .ToDictionary(l => l.LessonId);
        if (user.Id is { } userId)
        {
            var bodiesServed = query.Lessons
                .Where(r => r.ServesBody && lessons.TryGetValue(r.LessonId, out var lesson) && lesson.IsOpen && lesson.Body is not null)
                .Select(r => lessons[r.LessonId]);
            await openings.RecordAsync(userId, bodiesServed, cancellationToken);
        }

        return query.Lessons
            .Distinct()
            .Where(r => lessons.ContainsKey(r.LessonId))
            .ToDictionary(r => r, r => lessons[r.LessonId] is { IsOpen: true } l
                ? new LessonContentDto(
                    l.LessonId,
                    Locked: false,
                    r.ServesBody ? l.Body : null,
                    l.MediaUrl is null ? null : signer.Sign(l.LessonId, user.Id, now))
                : LessonContentDto.LockedFor(r.LessonId));
    }
}
