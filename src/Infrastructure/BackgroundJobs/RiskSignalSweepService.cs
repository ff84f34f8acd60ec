using KnowledgePay.Application.Risk.Access.Commands.SweepAccessSignals;
using KnowledgePay.Infrastructure.Cluster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="RiskSignalSweepOptions.Interval"/>: deletes access signals past <c>Risk:SignalRetentionDays</c>; safe
/// on several instances (a delete by age).
/// </summary>
internal sealed class RiskSignalSweepService(
    IServiceScopeFactory scopes, ILeadership leadership, IOptions<RiskSignalSweepOptions> options, TimeProvider clock, ILogger<RiskSignalSweepService> logger)
    : CommandSweepService(options.Value.Enabled, options.Value.Interval, leadership, scopes, clock, logger)
{
    protected override IEnumerable<ICommand<int>> Round() => [new SweepAccessSignalsCommand()];
}
