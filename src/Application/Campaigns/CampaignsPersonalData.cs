using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns;

/// <summary>Campaigns the user was enrolled in and the personal prices offered to them.</summary>
[PersonalDataOf(typeof(CampaignEnrolment), typeof(PersonalOffer))]
internal sealed class CampaignsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "campaigns";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        enrolments = await db.CampaignEnrolments.AsNoTracking().Where(e => e.UserId == userId).ToListAsync(cancellationToken),
        personalOffers = await db.PersonalOffers.AsNoTracking().Where(o => o.UserId == userId).ToListAsync(cancellationToken),
    };
}
