using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Campaigns;

/// <summary>
/// Runs a scheduled campaign over its segment: batch after batch of the audience not yet enrolled, each saved on its own
/// in a fresh scope. A run racing another (two instances, a double click) loses a batch to the unique enrolment index,
/// reads the audience again and carries on with whoever is left, so each user is enrolled and acted on once.
/// </summary>
internal static class CampaignRuns
{
    public const int BatchSize = 200;

    public static async Task<int> RunAsync(IServiceScopeFactory scopes, Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = 0;
        while (await scopes.RunAsync(services => EnrolBatchAsync(services, campaignId, now, cancellationToken), cancellationToken) is > 0 and var enrolled)
        {
            total += enrolled;
        }

        return total;
    }

    private static async Task<int> EnrolBatchAsync(IServiceProvider services, Guid campaignId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IApplicationDbContext>();
        var enrolling = services.GetRequiredService<CampaignEnrolling>();
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign.Status != Domain.Campaigns.CampaignStatus.Active)
        {
            return 0;
        }

        var users = await enrolling.Audience(campaign).Take(BatchSize).ToListAsync(cancellationToken);
        if (users.Count == 0)
        {
            return 0;
        }

        var enrolled = await enrolling.EnrolAsync(campaign, users, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return enrolled;
    }
}
