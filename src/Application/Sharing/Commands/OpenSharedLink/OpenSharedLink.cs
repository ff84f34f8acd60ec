using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Sharing;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.Commands.OpenSharedLink;

/// <summary>
/// The signed-in caller opened a share's path or scanned its 小程序码 (the mini program signs in silently first, so a
/// visit always has its visitor). The first opening records the visit and raises <see cref="SharedLinkOpenedEvent"/>,
/// later ones count; the sharer opening their own share records nothing. Either way the answer is the course to show.
/// Racing openings by one visitor lose nothing: the loser's save conflicts and its retry counts a repeat.
/// </summary>
public sealed record OpenSharedLinkCommand(string Scene) : ICommand<OpenedShareDto>, IRetryOnConflict;

/// <param name="FirstVisit">Whether this opening was the caller's first through the share (false for the sharer).</param>
public sealed record OpenedShareDto(Guid ShareId, Guid CourseId, bool FirstVisit);

internal sealed class OpenSharedLinkCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenSharedLinkCommand, OpenedShareDto>
{
    public async ValueTask<OpenedShareDto> Handle(OpenSharedLinkCommand command, CancellationToken cancellationToken)
    {
        var share = await db.Shares.AsNoTracking().SingleOrDefaultAsync(s => s.Scene == command.Scene, cancellationToken)
            ?? throw SharingErrors.NotFound();
        var visitorId = user.RequiredId();
        var now = clock.GetUtcNow();
        var visit = await db.ShareVisits.SingleOrDefaultAsync(v => v.ShareId == share.Id && v.VisitorId == visitorId, cancellationToken);
        var first = visit is null ? share.FirstVisitBy(visitorId, now) : null;
        if (visit is not null)
        {
            visit.Repeat(now);
        }
        else if (first is not null)
        {
            db.ShareVisits.Add(first);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OpenedShareDto(share.Id, share.CourseId, first is not null);
    }
}
