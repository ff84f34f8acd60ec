using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Commands.CreateExperiment;

/// <summary>Admins: defines an experiment as a draft under a key no other experiment has; the audit log records it.</summary>
[RequiresRole(Role.Admin)]
public sealed record CreateExperimentCommand(string Key, ExperimentFields Experiment) : ICommand<ExperimentDto>;

internal sealed class CreateExperimentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateExperimentCommand, ExperimentDto>
{
    public async ValueTask<ExperimentDto> Handle(CreateExperimentCommand command, CancellationToken cancellationToken)
    {
        var (definition, offer) = await db.CheckedAsync(user, command.Experiment, cancellationToken);
        var experiment = Experiment.Draft(command.Key, definition, clock.GetUtcNow(), user.Id);
        if (offer is not null)
        {
            experiment.CheckPrices(offer.ListFen, offer.Guardrails);
        }

        if (await db.Experiments.AnyAsync(e => e.Key == command.Key, cancellationToken))
        {
            throw ExperimentErrors.KeyTaken(command.Key);
        }

        db.Experiments.Add(experiment);
        await db.SaveChangesAsync(cancellationToken);
        return experiment.Adapt<ExperimentDto>();
    }
}
