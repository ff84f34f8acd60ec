using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Gifts.Queries;
using KnowledgePay.Application.Gifts.Queries.GetGiftByCode;
using KnowledgePay.Domain.Gifts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Gifts.Commands.ClaimGift;

/// <summary>
/// The caller takes the gift the code names; the entitlement feature grants it from the gift's
/// <c>OfferGrantedEvent</c> in the same transaction. Of two racing claims the loser's save conflicts, and its retry
/// finds the gift claimed (<see cref="GiftErrors.AlreadyClaimed"/>).
/// </summary>
public sealed record ClaimGiftCommand(string Code) : ICommand<GiftPreviewDto>, IRetryOnConflict;

internal sealed class ClaimGiftCommandHandler(IApplicationDbContext db, ICurrentUser user, ISender sender, TimeProvider clock)
    : ICommandHandler<ClaimGiftCommand, GiftPreviewDto>
{
    public async ValueTask<GiftPreviewDto> Handle(ClaimGiftCommand command, CancellationToken cancellationToken)
    {
        var gift = await db.Gifts.SingleOrDefaultAsync(g => g.ClaimCode == command.Code, cancellationToken)
            ?? throw GiftErrors.NotFound();
        gift.Claim(user.RequiredId(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (await sender.Send(new GetGiftByCodeQuery(command.Code), cancellationToken))!;
    }
}
