using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Segments.Refreshing;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Segments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Commands.RefreshSegments;

/// <summary>
/// System command for the schedule: materialises every segment, each in a transaction of its own, least recently
/// refreshed first. Returns how many segments were refreshed.
/// </summary>
public sealed record RefreshSegmentsCommand : ICommand<int>, ISystemCommand;

internal sealed class RefreshSegmentsCommandHandler(IApplicationDbContext db, SegmentRefresher refresher)
    : ICommandHandler<RefreshSegmentsCommand, int>
{
    public async ValueTask<int> Handle(RefreshSegmentsCommand command, CancellationToken cancellationToken)
    {
        var segmentIds = await db.Segments.AsNoTracking().OrderBy(s => s.RefreshedAt).Select(s => s.Id).ToListAsync(cancellationToken);
        var refreshed = 0;
        foreach (var segmentId in segmentIds)
        {
            try
            {
                await refresher.RefreshAsync(segmentId, cancellationToken);
                refreshed++;
            }
            catch (DomainException exception) when (exception.Code == SegmentErrors.NotFoundCode)
            {
                // Deleted since the list was read.
            }
        }

        return refreshed;
    }
}
