using KnowledgePay.Application.Campaigns.Commands.DeliverDueCampaignActions;
using KnowledgePay.Application.Campaigns.Commands.RunDueCampaigns;
using KnowledgePay.Application.Memberships.Commands.NoticeExpiringMemberships;
using KnowledgePay.Application.Tracking.Commands.NoteViewsWithoutPurchase;
using KnowledgePay.Infrastructure.Cluster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="CampaignSweepOptions.Interval"/>: raises the trigger events (views without a purchase, memberships
/// expiring; campaigns react through the outbox), runs the scheduled campaigns that are due, then delivers the actions
/// that waited for the end of quiet hours. Safe on several instances: notes and enrolments are unique, schedules and
/// deliveries versioned.
/// </summary>
internal sealed class CampaignSweepService(
    IServiceScopeFactory scopes, ILeadership leadership, IOptions<CampaignSweepOptions> options, TimeProvider clock, ILogger<CampaignSweepService> logger)
    : CommandSweepService(options.Value.Enabled, options.Value.Interval, leadership, scopes, clock, logger)
{
    protected override IEnumerable<ICommand<int>> Round()
    {
        var settings = options.Value;
        return
        [
            new NoteViewsWithoutPurchaseCommand(settings.ViewedWithoutPurchaseAfter, settings.ViewLookBack, settings.BatchSize),
            new NoticeExpiringMembershipsCommand(settings.MembershipExpiryNotice, settings.BatchSize),
            new RunDueCampaignsCommand(),
            new DeliverDueCampaignActionsCommand(settings.BatchSize),
        ];
    }
}
