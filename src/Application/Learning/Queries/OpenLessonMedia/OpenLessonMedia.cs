using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.Queries.OpenLessonMedia;

/// <summary>
/// Follows a signed media link: when the link is genuine and still valid and the viewer it was made for may still open
/// the lesson (a refund or a revoked enrollment closes it again), the lesson's media URL signed for the CDN; else
/// null. Anonymous, because players fetch media without the API's bearer token; the signature names the viewer.
/// Opening a paid lesson's media records it as opened, which the refund policy counts as consumed.
/// </summary>
public sealed record OpenLessonMediaQuery(Guid LessonId, MediaLinkParameters Link) : IQuery<string?>, IAllowAnonymous;

internal sealed class OpenLessonMediaQueryHandler(
    IApplicationDbContext db,
    IMediaUrlSigner links,
    IMediaOriginUrlSigner origins,
    LessonOpeningRecorder openings,
    TimeProvider clock)
    : IQueryHandler<OpenLessonMediaQuery, string?>
{
    public async ValueTask<string?> Handle(OpenLessonMediaQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!links.TryVerify(query.LessonId, query.Link, now, out var viewerId))
        {
            return null;
        }

        var lesson = await GateForAsync(query.LessonId, viewerId, now, cancellationToken);
        if (lesson is not { IsOpen: true, MediaUrl: { } mediaUrl })
        {
            return null;
        }

        if (viewerId is { } userId)
        {
            await openings.RecordAsync(userId, [lesson], cancellationToken);
        }

        return origins.Sign(mediaUrl, now);
    }

    /// <summary>
    /// The lesson gated for the viewer as things stand at <paramref name="now"/> (an enrollment or membership that has
    /// expired since the link was made no longer opens it); their roles are read only when nothing else opens it.
    /// </summary>
    private async Task<GatedLesson?> GateForAsync(Guid lessonId, Guid? viewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lesson = (await db.GateLessonsAsync(viewerId, isAdmin: false, [lessonId], now, cancellationToken)).SingleOrDefault();
        if (lesson is not { IsOpen: false } || viewerId is not { } userId)
        {
            return lesson;
        }

        var roles = await db.Users.Where(u => u.Id == userId).Select(u => u.Roles).SingleOrDefaultAsync(cancellationToken);
        return roles?.Contains(Role.Admin) == true
            ? (await db.GateLessonsAsync(userId, isAdmin: true, [lessonId], now, cancellationToken)).SingleOrDefault()
            : lesson;
    }
}
