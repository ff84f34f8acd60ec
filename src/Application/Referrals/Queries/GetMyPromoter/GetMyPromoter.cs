using KnowledgePay.Application.Common.Interfaces;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Queries.GetMyPromoter;

/// <summary>The caller's promoter record and earnings; null when they are not a promoter.</summary>
public sealed record GetMyPromoterQuery : IQuery<PromoterDto?>;

internal sealed class GetMyPromoterQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyPromoterQuery, PromoterDto?>
{
    public async ValueTask<PromoterDto?> Handle(GetMyPromoterQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        return await db.Promoters.AsNoTracking().Where(p => p.UserId == userId).ProjectToType<PromoterDto>().SingleOrDefaultAsync(cancellationToken);
    }
}
