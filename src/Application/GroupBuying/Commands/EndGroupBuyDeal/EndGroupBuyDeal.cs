using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.GroupBuying.Queries;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.GroupBuying.Commands.EndGroupBuyDeal;

/// <summary>An admin ends a deal now: no group opens or takes a member any more; open groups fill or fail in their own time.</summary>
[RequiresRole(Role.Admin)]
public sealed record EndGroupBuyDealCommand(Guid DealId) : ICommand<GroupBuyDealDto>;

internal sealed class EndGroupBuyDealCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<EndGroupBuyDealCommand, GroupBuyDealDto>
{
    public async ValueTask<GroupBuyDealDto> Handle(EndGroupBuyDealCommand command, CancellationToken cancellationToken)
    {
        var deal = await db.GroupBuyDeals.SingleOrDefaultAsync(d => d.Id == command.DealId, cancellationToken)
            ?? throw new NotFoundException(nameof(GroupBuyDeal), command.DealId);
        deal.End(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return deal.Adapt<GroupBuyDealDto>();
    }
}
