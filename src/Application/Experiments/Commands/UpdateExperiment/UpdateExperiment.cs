using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;

namespace KnowledgePay.Application.Experiments.Commands.UpdateExperiment;

/// <summary>Admins: replaces a draft's definition (all but its key); a started experiment no longer changes.</summary>
[RequiresRole(Role.Admin)]
public sealed record UpdateExperimentCommand(Guid ExperimentId, ExperimentFields Experiment) : ICommand<ExperimentDto>, IRetryOnConflict;

internal sealed class UpdateExperimentCommandHandler(IApplicationDbContext db, ICurrentUser user)
    : ICommandHandler<UpdateExperimentCommand, ExperimentDto>
{
    public async ValueTask<ExperimentDto> Handle(UpdateExperimentCommand command, CancellationToken cancellationToken)
    {
        var experiment = await db.ExperimentAsync(command.ExperimentId, cancellationToken);
        var (definition, offer) = await db.CheckedAsync(user, command.Experiment, cancellationToken);
        experiment.Redefine(definition);
        if (offer is not null)
        {
            experiment.CheckPrices(offer.ListFen, offer.Guardrails);
        }

        await db.SaveChangesAsync(cancellationToken);
        return experiment.Adapt<ExperimentDto>();
    }
}
