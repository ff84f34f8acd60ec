using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns;

/// <summary>Consent to personalised recommendations, and marketing consent with every change to it.</summary>
[PersonalDataOf(typeof(MarketingConsent))]
internal sealed class ConsentsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "consents";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        Personalisation = await db.Users.Where(u => u.Id == userId).Select(u => u.PersonalisationConsent).SingleAsync(cancellationToken),
        Marketing = await db.MarketingConsents.AsNoTracking()
            .Include(c => c.History)
            .SingleOrDefaultAsync(c => c.UserId == userId, cancellationToken),
    };
}
