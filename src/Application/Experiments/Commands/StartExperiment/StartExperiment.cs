using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Experiments.Queries;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Commands.StartExperiment;

/// <summary>
/// Admins: starts assigning users. A price experiment is checked against its offer's price and guardrails as they are
/// now, and refused while another price experiment runs on the offer; a layered one takes the lowest free range of its
/// layer. Two starts racing for either meet a unique index, and the retry sees the winner.
/// </summary>
[RequiresRole(Role.Admin)]
public sealed record StartExperimentCommand(Guid ExperimentId) : ICommand<ExperimentDto>, IRetryOnConflict;

internal sealed class StartExperimentCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<StartExperimentCommand, ExperimentDto>
{
    public async ValueTask<ExperimentDto> Handle(StartExperimentCommand command, CancellationToken cancellationToken)
    {
        var experiment = await db.ExperimentAsync(command.ExperimentId, cancellationToken);
        if (experiment.Status != ExperimentStatus.Draft)
        {
            throw ExperimentErrors.NotDraft(experiment.Key);
        }

        if (experiment.OfferId is { } offerId)
        {
            var isCourse = experiment.OfferKind == OfferKind.Course;
            var offer = await db.PricedOfferAsync(user, isCourse ? offerId : null, isCourse ? null : offerId, cancellationToken);
            experiment.CheckPrices(offer!.ListFen, offer.Guardrails);
            var busy = await db.Experiments.AsNoTracking()
                .Where(e => e.OfferId == offerId && e.Status == ExperimentStatus.Running)
                .Select(e => e.Key)
                .FirstOrDefaultAsync(cancellationToken);
            if (busy is not null)
            {
                throw ExperimentErrors.OfferBusy(busy);
            }
        }

        var taken = experiment.Layer is { } layer
            ? (await db.Experiments.AsNoTracking()
                .Where(e => e.Layer == layer && e.Status == ExperimentStatus.Running)
                .Select(e => new { e.LayerStart, e.LayerEnd })
                .ToListAsync(cancellationToken))
                .Select(r => (r.LayerStart, r.LayerEnd))
                .ToList()
            : [];
        experiment.Start(clock.GetUtcNow(), taken);
        await db.SaveChangesAsync(cancellationToken);
        return experiment.Adapt<ExperimentDto>();
    }
}
