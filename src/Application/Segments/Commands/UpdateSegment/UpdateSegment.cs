using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Segments.Queries;
using KnowledgePay.Application.Segments.Refreshing;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Commands.UpdateSegment;

/// <summary>Admins: replaces a segment's name, description and rule, and materialises the new rule's members.</summary>
[RequiresRole(Role.Admin)]
public sealed record UpdateSegmentCommand(Guid SegmentId, string Name, string? Description, SegmentRuleNode Rule)
    : ICommand<SegmentDto>, IRetryOnConflict;

internal sealed class UpdateSegmentCommandHandler(IApplicationDbContext db, SegmentRefresher refresher, TimeProvider clock)
    : ICommandHandler<UpdateSegmentCommand, SegmentDto>
{
    public async ValueTask<SegmentDto> Handle(UpdateSegmentCommand command, CancellationToken cancellationToken)
    {
        var segment = await db.Segments.SingleOrDefaultAsync(s => s.Id == command.SegmentId, cancellationToken)
            ?? throw SegmentErrors.NotFound();
        segment.Change(command.Name, command.Description, command.Rule.ToRule(), clock.GetUtcNow());
        if (await db.Segments.AnyAsync(s => s.Name == segment.Name && s.Id != segment.Id, cancellationToken))
        {
            throw SegmentErrors.NameTaken();
        }

        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(segment.Id, cancellationToken);
        return await db.Segments.AsNoTracking().Where(s => s.Id == segment.Id).ProjectToType<SegmentDto>().SingleAsync(cancellationToken);
    }
}
