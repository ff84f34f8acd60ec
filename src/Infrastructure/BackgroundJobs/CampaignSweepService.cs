using KnowledgePay.Application.Campaigns.Commands.DeliverDueCampaignActions;
using KnowledgePay.Application.Campaigns.Commands.RunDueCampaigns;
using KnowledgePay.Application.Memberships.Commands.NoticeExpiringMemberships;
using KnowledgePay.Application.Tracking.Commands.NoteViewsWithoutPurchase;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="CampaignSweepOptions.Interval"/>: raises the trigger events (views without a purchase, memberships
/// expiring; campaigns react through the outbox), runs the scheduled campaigns that are due, then delivers the actions
/// that waited for the end of quiet hours. Each command runs in its own DI scope; a failed round is logged and the next
/// one tries again. Safe on several instances: notes and enrolments are unique, schedules and deliveries versioned.
/// </summary>
internal sealed class CampaignSweepService(
    IServiceScopeFactory scopes, IOptions<CampaignSweepOptions> options, TimeProvider clock, ILogger<CampaignSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunAsync(new NoteViewsWithoutPurchaseCommand(settings.ViewedWithoutPurchaseAfter, settings.ViewLookBack, settings.BatchSize), stoppingToken);
                await RunAsync(new NoticeExpiringMembershipsCommand(settings.MembershipExpiryNotice, settings.BatchSize), stoppingToken);
                await RunAsync(new RunDueCampaignsCommand(), stoppingToken);
                await RunAsync(new DeliverDueCampaignActionsCommand(settings.BatchSize), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunAsync(ICommand<int> command, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, stoppingToken);
            if (result > 0)
            {
                logger.LogInformation("{Sweep}: {Result}", command.GetType().Name, result);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "{Sweep} failed; the next round tries again", command.GetType().Name);
        }
    }
}
