using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Experiments.Assignment;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Queries.GetExperimentVariant;

/// <summary>
/// The mini program asks which variant of an experiment to show (ADR 0028): a signed-in learner gets their sticky
/// variant and is exposed the first time; a learner the experiment does not target, an anonymous viewer and everyone
/// once it is not running get the control without exposure. Null when no experiment has the key.
/// </summary>
public sealed record GetExperimentVariantQuery(string Key) : IQuery<AssignedVariantDto?>, IAllowAnonymous;

internal sealed class GetExperimentVariantQueryHandler(IApplicationDbContext db, ICurrentUser user, ExperimentAssigner assigner)
    : IQueryHandler<GetExperimentVariantQuery, AssignedVariantDto?>
{
    public async ValueTask<AssignedVariantDto?> Handle(GetExperimentVariantQuery query, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.AsNoTracking().SingleOrDefaultAsync(e => e.Key == query.Key, cancellationToken);
        if (experiment is null)
        {
            return null;
        }

        var assignment = await assigner.AssignAsync(experiment, user.Id, cancellationToken);
        var variant = assignment.Variant;
        return new AssignedVariantDto(experiment.Key, variant.Key, variant.Payload, variant.PriceFen, assignment.Exposed);
    }
}
