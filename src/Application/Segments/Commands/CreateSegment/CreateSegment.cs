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

namespace KnowledgePay.Application.Segments.Commands.CreateSegment;

/// <summary>Admins: defines a segment and materialises its members at once.</summary>
[RequiresRole(Role.Admin)]
public sealed record CreateSegmentCommand(string Name, string? Description, SegmentRuleNode Rule) : ICommand<SegmentDto>;

internal sealed class CreateSegmentCommandHandler(IApplicationDbContext db, SegmentRefresher refresher, TimeProvider clock)
    : ICommandHandler<CreateSegmentCommand, SegmentDto>
{
    public async ValueTask<SegmentDto> Handle(CreateSegmentCommand command, CancellationToken cancellationToken)
    {
        var segment = Segment.Define(command.Name, command.Description, command.Rule.ToRule(), clock.GetUtcNow());
        if (await db.Segments.AnyAsync(s => s.Name == segment.Name, cancellationToken))
        {
            throw SegmentErrors.NameTaken();
        }

        db.Segments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        await refresher.RefreshAsync(segment.Id, cancellationToken);
        return await db.Segments.AsNoTracking().Where(s => s.Id == segment.Id).ProjectToType<SegmentDto>().SingleAsync(cancellationToken);
    }
}
