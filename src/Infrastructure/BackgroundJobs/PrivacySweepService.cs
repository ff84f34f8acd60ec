using KnowledgePay.Application.Privacy.Commands.EraseDueAccounts;
using KnowledgePay.Application.Privacy.Commands.PurgeDataExports;
using KnowledgePay.Infrastructure.Cluster;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Infrastructure.BackgroundJobs;

/// <summary>
/// Every <see cref="PrivacySweepOptions.Interval"/>: erases the accounts whose deletion has cooled off and deletes the
/// archives of data exports downloaded or past their retention. Safe on several instances (see
/// <see cref="EraseDueAccountsCommand"/> and <see cref="PurgeDataExportsCommand"/>).
/// </summary>
internal sealed class PrivacySweepService(
    IServiceScopeFactory scopes, ILeadership leadership, IOptions<PrivacySweepOptions> options, TimeProvider clock, ILogger<PrivacySweepService> logger)
    : CommandSweepService(options.Value.Enabled, options.Value.Interval, leadership, scopes, clock, logger)
{
    protected override IEnumerable<ICommand<int>> Round() =>
        [new EraseDueAccountsCommand(options.Value.BatchSize), new PurgeDataExportsCommand(options.Value.BatchSize)];
}
