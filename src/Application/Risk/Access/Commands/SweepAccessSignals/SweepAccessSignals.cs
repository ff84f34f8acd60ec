using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Risk.Access.Commands.SweepAccessSignals;

/// <summary>
/// System command for the signal sweep: deletes sign-ins, stream starts and stream sightings older than
/// <c>Risk:SignalRetentionDays</c> (PIPL art. 19: personal data kept no longer than its purpose needs). Returns the rows deleted.
/// </summary>
public sealed record SweepAccessSignalsCommand : ICommand<int>, ISystemCommand;

internal sealed class SweepAccessSignalsCommandHandler(IApplicationDbContext db, IOptions<AccessRiskOptions> options, TimeProvider clock)
    : ICommandHandler<SweepAccessSignalsCommand, int>
{
    public async ValueTask<int> Handle(SweepAccessSignalsCommand command, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddDays(-options.Value.SignalRetentionDays);
        var signals = await db.AccessSignals.Where(s => s.OccurredAt < before).ExecuteDeleteAsync(cancellationToken);
        var sightings = await db.StreamSightings.Where(s => s.LastSeenAt < before).ExecuteDeleteAsync(cancellationToken);
        return signals + sightings;
    }
}
