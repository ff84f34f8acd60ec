using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Gifts.Queries.GetGiftByCode;

/// <summary>
/// The gift a share link names, for whoever opened it (signed in or not yet): the code is the secret, 128 random bits.
/// Null when no gift has the code.
/// </summary>
public sealed record GetGiftByCodeQuery(string Code) : IQuery<GiftPreviewDto?>, IAllowAnonymous;

internal sealed class GetGiftByCodeQueryHandler(IApplicationDbContext db) : IQueryHandler<GetGiftByCodeQuery, GiftPreviewDto?>
{
    public async ValueTask<GiftPreviewDto?> Handle(GetGiftByCodeQuery query, CancellationToken cancellationToken) =>
        await db.Gifts.AsNoTracking()
            .Where(g => g.ClaimCode == query.Code)
            .Select(g => new GiftPreviewDto
            {
                Id = g.Id,
                Kind = g.Kind,
                OfferId = g.OfferId,
                FromNickname = db.Users.Where(u => u.Id == g.BuyerId).Select(u => u.Profile.Nickname).FirstOrDefault(),
                Status = g.Status,
            })
            .SingleOrDefaultAsync(cancellationToken);
}
