using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.State.Pay;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// Settles refunds that have been PROCESSING for <see cref="PaySimulatorOptions.RefundDelaySeconds"/> of simulated time
/// and queues their notification. Runs on a short tick and before every refund query, so a test that advances the
/// clock sees the settled refund on its next query.
/// </summary>
internal sealed class RefundSettlement(
    PayLedger ledger, NotificationOutbox outbox, SimulatedClock clock, IOptions<PaySimulatorOptions> options)
    : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    public void SettleDue()
    {
        var delay = TimeSpan.FromSeconds(options.Value.RefundDelaySeconds);
        foreach (var refund in ledger.SettleDueRefunds(clock.GetUtcNow(), delay))
        {
            outbox.RefundSettled(refund);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                SettleDue();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
