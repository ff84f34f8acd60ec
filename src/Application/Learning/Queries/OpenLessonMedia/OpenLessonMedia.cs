using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Learning.Queries.OpenLessonMedia;

/// <summary>
/// Follows a signed media link: the lesson's origin media URL when the link is genuine and still valid, else null.
/// Anonymous, because players fetch media without the API's bearer token; the signature is the permission.
/// </summary>
public sealed record OpenLessonMediaQuery(Guid LessonId, MediaLinkParameters Link) : IQuery<string?>, IAllowAnonymous;

internal sealed class OpenLessonMediaQueryHandler(IApplicationDbContext db, IMediaUrlSigner signer, TimeProvider clock)
    : IQueryHandler<OpenLessonMediaQuery, string?>
{
    public async ValueTask<string?> Handle(OpenLessonMediaQuery query, CancellationToken cancellationToken)
    {
        if (!signer.IsValid(query.LessonId, query.Link, clock.GetUtcNow()))
        {
            return null;
        }

        return await db.Courses.AsNoTracking()
            .SelectMany(c => c.Chapters.SelectMany(ch => ch.Lessons))
            .Where(l => l.Id == query.LessonId)
            .Select(l => l.MediaUrl)
            .SingleOrDefaultAsync(cancellationToken);
    }
}
