using KnowledgePay.Application.Campaigns.Queries;
using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Campaigns;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Commands.SetMarketingConsent;

/// <summary>
/// Signed-in learners: gives or withdraws their own marketing consent, recording when and where (<paramref name="Source"/>,
/// e.g. the settings page). Campaigns act only on users whose consent is granted at the time of the action.
/// </summary>
public sealed record SetMarketingConsentCommand(bool Granted, string Source) : ICommand<MarketingConsentDto>, IRetryOnConflict;

internal sealed class SetMarketingConsentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetMarketingConsentCommand, MarketingConsentDto>
{
    public async ValueTask<MarketingConsentDto> Handle(SetMarketingConsentCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var consent = await db.MarketingConsents.Include(c => c.History).SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (consent is null)
        {
            consent = MarketingConsent.For(userId);
            db.MarketingConsents.Add(consent);
        }

        consent.Set(command.Granted, command.Source, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return consent.Adapt<MarketingConsentDto>();
    }
}
