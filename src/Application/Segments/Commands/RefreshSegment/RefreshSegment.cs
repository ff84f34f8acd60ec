using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Segments.Queries;
using KnowledgePay.Application.Segments.Refreshing;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Commands.RefreshSegment;

/// <summary>Admins: materialises a segment's members now instead of at the next scheduled refresh.</summary>
[RequiresRole(Role.Admin)]
public sealed record RefreshSegmentCommand(Guid SegmentId) : ICommand<SegmentDto>;

internal sealed class RefreshSegmentCommandHandler(IApplicationDbContext db, SegmentRefresher refresher)
    : ICommandHandler<RefreshSegmentCommand, SegmentDto>
{
    public async ValueTask<SegmentDto> Handle(RefreshSegmentCommand command, CancellationToken cancellationToken)
    {
        await refresher.RefreshAsync(command.SegmentId, cancellationToken);
        return await db.Segments.AsNoTracking().Where(s => s.Id == command.SegmentId).ProjectToType<SegmentDto>().SingleAsync(cancellationToken);
    }
}
