using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Commands.DeleteSegment;

/// <summary>
/// Admins: deletes a segment and its members; experiments and campaigns that still name it then target nobody.
/// Returns the deleted segment's id.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record DeleteSegmentCommand(Guid SegmentId) : ICommand<Guid>;

internal sealed class DeleteSegmentCommandHandler(IApplicationDbContext db) : ICommandHandler<DeleteSegmentCommand, Guid>
{
    public async ValueTask<Guid> Handle(DeleteSegmentCommand command, CancellationToken cancellationToken)
    {
        var segment = await db.Segments.SingleOrDefaultAsync(s => s.Id == command.SegmentId, cancellationToken)
            ?? throw SegmentErrors.NotFound();
        await db.SegmentMembers.Where(m => m.SegmentId == segment.Id).ExecuteDeleteAsync(cancellationToken);
        db.Segments.Remove(segment);
        await db.SaveChangesAsync(cancellationToken);
        return segment.Id;
    }
}
