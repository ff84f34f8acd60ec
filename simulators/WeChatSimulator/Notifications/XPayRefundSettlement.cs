using KnowledgePay.WeChatSimulator.Clock;
using KnowledgePay.WeChatSimulator.State.VirtualPayment;
using Microsoft.Extensions.Options;

namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>
/// Completes refund_order tasks after <see cref="VirtualPaymentSimulatorOptions.RefundDelaySeconds"/> of simulated time and
/// pushes <c>xpay_refund_notify</c>; runs on a short tick and before every query_order.
/// </summary>
internal sealed class XPayRefundSettlement(
    XPayLedger ledger, XPayPushes pushes, SimulatedClock clock, IOptions<VirtualPaymentSimulatorOptions> options) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    public void SettleDue()
    {
        foreach (var (refund, order) in ledger.SettleDueRefunds(clock.GetUtcNow(), TimeSpan.FromSeconds(options.Value.RefundDelaySeconds)))
        {
            pushes.Refunded(refund, order);
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
