using KnowledgePay.Application.Common.Interfaces;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Queries.GetMyMarketingConsent;

/// <summary>Signed-in learners: their marketing consent and its history; not granted when never given.</summary>
public sealed record GetMyMarketingConsentQuery : IQuery<MarketingConsentDto>;

internal sealed class GetMyMarketingConsentQueryHandler(IApplicationDbContext db, ICurrentUser user)
    : IQueryHandler<GetMyMarketingConsentQuery, MarketingConsentDto>
{
    public async ValueTask<MarketingConsentDto> Handle(GetMyMarketingConsentQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var consent = await db.MarketingConsents.AsNoTracking().Include(c => c.History)
            .SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        return consent?.Adapt<MarketingConsentDto>() ?? new MarketingConsentDto();
    }
}
