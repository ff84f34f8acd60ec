using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Campaigns;

/// <summary>
/// Enrols users in a campaign and acts on the treated ones, in the caller's unit of work (the caller saves): the one
/// place that reads consent and the frequency cap, for scheduled runs, triggers and deferred deliveries alike.
/// </summary>
internal sealed class CampaignEnrolling(IApplicationDbContext db, IOptions<CampaignOptions> options)
{
    /// <summary>The campaign's segment members who consent to marketing now and are not enrolled yet, in a stable order.</summary>
    public IQueryable<Guid> Audience(Campaign campaign) =>
        db.SegmentMembers
            .Where(m => m.SegmentId == campaign.SegmentId)
            .Where(m => db.MarketingConsents.Any(c => c.UserId == m.UserId && c.IsGranted))
            .Where(m => !db.CampaignEnrolments.Any(e => e.CampaignId == campaign.Id && e.UserId == m.UserId))
            .OrderBy(m => m.UserId)
            .Select(m => m.UserId);

    /// <summary>Enrols <paramref name="userIds"/> (from <see cref="Audience"/>) and acts on the treated ones.</summary>
    public async Task<int> EnrolAsync(Campaign campaign, IReadOnlyCollection<Guid> userIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var enrolments = userIds.Select(userId => campaign.Enrol(userId, now)).ToList();
        db.CampaignEnrolments.AddRange(enrolments);
        await ActAsync([.. enrolments.Where(e => !e.IsHoldout)], [campaign], now, cancellationToken);
        return enrolments.Count;
    }

    /// <summary>
    /// An event of <paramref name="trigger"/>'s kind happened to <paramref name="userId"/>: enrols them in every active
    /// campaign waiting for it whose audience holds them (segment member, consenting, not enrolled yet).
    /// </summary>
    public async Task EnrolTriggeredAsync(CampaignTrigger trigger, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var campaigns = await db.Campaigns
            .Where(c => c.Status == CampaignStatus.Active && c.Trigger == trigger)
            .Where(c => db.SegmentMembers.Any(m => m.SegmentId == c.SegmentId && m.UserId == userId))
            .Where(c => !db.CampaignEnrolments.Any(e => e.CampaignId == c.Id && e.UserId == userId))
            .ToListAsync(cancellationToken);
        if (campaigns.Count == 0 || !await db.MarketingConsents.AnyAsync(c => c.UserId == userId && c.IsGranted, cancellationToken))
        {
            return;
        }

        var enrolments = campaigns.Select(c => c.Enrol(userId, now)).ToList();
        db.CampaignEnrolments.AddRange(enrolments);
        await ActAsync([.. enrolments.Where(e => !e.IsHoldout)], campaigns, now, cancellationToken);
    }

    /// <summary>Acts on pending enrolments of <paramref name="campaigns"/>, reading consent and recent actions now.</summary>
    public async Task ActAsync(
        IReadOnlyCollection<CampaignEnrolment> pending, IReadOnlyCollection<Campaign> campaigns, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var userIds = pending.Select(e => e.UserId).Distinct().ToList();
        var consenting = await db.MarketingConsents
            .Where(c => userIds.Contains(c.UserId) && c.IsGranted)
            .Select(c => c.UserId)
            .ToListAsync(cancellationToken);
        var since = now.AddDays(-campaigns.Max(c => c.FrequencyCapDays));
        var deliveries = await db.CampaignEnrolments
            .Where(e => userIds.Contains(e.UserId) && e.DeliveredAt != null && e.DeliveredAt >= since)
            .Select(e => new { e.UserId, e.DeliveredAt })
            .ToListAsync(cancellationToken);
        var zone = options.Value.Zone;
        var byId = campaigns.ToDictionary(c => c.Id);
        var actedNow = new Dictionary<Guid, int>();
        foreach (var enrolment in pending)
        {
            var campaign = byId[enrolment.CampaignId];
            var capStart = now.AddDays(-campaign.FrequencyCapDays);
            var recent = deliveries.Count(d => d.UserId == enrolment.UserId && d.DeliveredAt >= capStart)
                + actedNow.GetValueOrDefault(enrolment.UserId);
            var offer = campaign.Act(enrolment, consenting.Contains(enrolment.UserId), recent, now, zone);
            if (offer is not null)
            {
                db.PersonalOffers.Add(offer);
            }

            if (enrolment.Status == CampaignEnrolmentStatus.Delivered)
            {
                actedNow[enrolment.UserId] = actedNow.GetValueOrDefault(enrolment.UserId) + 1;
            }
        }
    }
}
