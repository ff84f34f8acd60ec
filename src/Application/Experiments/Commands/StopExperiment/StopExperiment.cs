using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Experiments.Commands.StopExperiment;

/// <summary>
/// Admins: stops a running experiment with the decision in words and the variant chosen (none: nothing ships). From then
/// on everyone sees the control and a price experiment's offer is back at its own price.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record StopExperimentCommand(Guid ExperimentId, string Decision, string? WinningVariantKey)
    : ICommand<ExperimentDto>, IRetryOnConflict;

internal sealed class StopExperimentCommandHandler(IApplicationDbContext db, TimeProvider clock)
    : ICommandHandler<StopExperimentCommand, ExperimentDto>
{
    public async ValueTask<ExperimentDto> Handle(StopExperimentCommand command, CancellationToken cancellationToken)
    {
        var experiment = await db.ExperimentAsync(command.ExperimentId, cancellationToken);
        experiment.Stop(command.WinningVariantKey, command.Decision, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return experiment.Adapt<ExperimentDto>();
    }
}
