using KnowledgePay.Infrastructure.Cluster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// A sweep that sends the same system commands every <paramref name="interval"/> while <paramref name="enabled"/>, on the
/// leader node only (<see cref="ILeadership"/>): each command in a DI scope of its own, a positive count logged, a failed
/// command logged and left to the next round.
/// </summary>
internal abstract class CommandSweepService(
    bool enabled, TimeSpan interval, ILeadership leadership, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The commands of one round, in order; each answers how many rows it handled.</summary>
    protected abstract IEnumerable<ICommand<int>> Round();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (!leadership.IsLeader)
                {
                    continue;
                }

                foreach (var command in Round())
                {
                    await SendAsync(command, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task SendAsync(ICommand<int> command, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handled = await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, stoppingToken);
            if (handled > 0)
            {
                logger.LogInformation("{Sweep}: {Handled}", command.GetType().Name, handled);
            }
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "{Sweep} failed; the next round tries again", command.GetType().Name);
        }
    }
}
