using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.Outbox;

/// <summary>
/// Drains the outbox at start (messages stored before a crash or left behind by a dead instance), then whenever a save
/// on this instance stores messages, and every <see cref="OutboxOptions.PollInterval"/> for retries and the rest. A
/// failed round is logged and the next one tries again.
/// </summary>
internal sealed class OutboxDispatcherService(
    OutboxDispatcher dispatcher, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxDispatcherService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await dispatcher.DrainAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "Outbox dispatch failed; the next round tries again");
                }

                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
