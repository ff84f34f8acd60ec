using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Referrals.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Referrals;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Commands.ReviewPromoter;

/// <summary>Admins: approves an applicant (or a suspended promoter again).</summary>
[RequiresRole(Role.Admin)]
public sealed record ApprovePromoterCommand(Guid PromoterId) : ICommand<PromoterDto>, IRetryOnConflict;

/// <summary>Admins: suspends a promoter: nobody new binds to them and they earn nothing new; what they earned stays.</summary>
[RequiresRole(Role.Admin)]
public sealed record SuspendPromoterCommand(Guid PromoterId) : ICommand<PromoterDto>, IRetryOnConflict;

internal sealed class ReviewPromoterCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<ApprovePromoterCommand, PromoterDto>, ICommandHandler<SuspendPromoterCommand, PromoterDto>
{
    public ValueTask<PromoterDto> Handle(ApprovePromoterCommand command, CancellationToken cancellationToken) =>
        ReviewAsync(command.PromoterId, p => p.Approve(clock.GetUtcNow()), cancellationToken);

    public ValueTask<PromoterDto> Handle(SuspendPromoterCommand command, CancellationToken cancellationToken) =>
        ReviewAsync(command.PromoterId, p => p.Suspend(), cancellationToken);

    private async ValueTask<PromoterDto> ReviewAsync(Guid promoterId, Action<Promoter> review, CancellationToken cancellationToken)
    {
        var promoter = await db.Promoters.SingleOrDefaultAsync(p => p.Id == promoterId, cancellationToken)
            ?? throw new NotFoundException(nameof(Promoter), promoterId);
        review(promoter);
        await db.SaveChangesAsync(cancellationToken);
        return promoter.Adapt<PromoterDto>();
    }
}
