using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Referrals.Queries;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Referrals.Commands.ApplyAsPromoter;

/// <summary>
/// The caller becomes a promoter: at once under the open policy, after an admin's approval under the approval policy.
/// Applying again returns the record as it stands.
/// </summary>
public sealed record ApplyAsPromoterCommand : ICommand<PromoterDto>, IRetryOnConflict;

internal sealed class ApplyAsPromoterCommandHandler(
    IApplicationDbContext db, ICurrentUser user, IOptionsSnapshot<ReferralOptions> options, TimeProvider clock)
    : ICommandHandler<ApplyAsPromoterCommand, PromoterDto>
{
    public async ValueTask<PromoterDto> Handle(ApplyAsPromoterCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        await db.EnrolAsync(userId, options.Value.PromoterPolicy, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await db.Promoters.AsNoTracking().Where(p => p.UserId == userId).ProjectToType<PromoterDto>().SingleAsync(cancellationToken);
    }
}
