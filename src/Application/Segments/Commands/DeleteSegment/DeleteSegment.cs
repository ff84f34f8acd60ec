using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Commands.DeleteSegment;

/// <summary>
/// Admins: deletes a segment and its members, unless a draft or running experiment or a draft or active campaign still
/// targets it (they would silently target nobody). Returns the deleted segment's id.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record DeleteSegmentCommand(Guid SegmentId) : ICommand<Guid>;

internal sealed class DeleteSegmentCommandHandler(IApplicationDbContext db) : ICommandHandler<DeleteSegmentCommand, Guid>
{
    public async ValueTask<Guid> Handle(DeleteSegmentCommand command, CancellationToken cancellationToken)
    {
        var segment = await db.Segments.SingleOrDefaultAsync(s => s.Id == command.SegmentId, cancellationToken)
            ?? throw SegmentErrors.NotFound();
        var experiments = await db.Experiments.CountAsync(e => e.SegmentId == segment.Id && e.Status != ExperimentStatus.Stopped, cancellationToken);
        var campaigns = await db.Campaigns.CountAsync(c => c.SegmentId == segment.Id && c.Status != CampaignStatus.Ended, cancellationToken);
        if (experiments + campaigns > 0)
        {
            throw SegmentErrors.InUse(experiments, campaigns);
        }

        await db.SegmentMembers.Where(m => m.SegmentId == segment.Id).ExecuteDeleteAsync(cancellationToken);
        db.Segments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
        return segment.Id;
    }
}
