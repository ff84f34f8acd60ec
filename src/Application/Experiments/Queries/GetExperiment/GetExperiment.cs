using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Queries.GetExperiment;

/// <summary>Admins: one experiment by its key; null when no experiment has it.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetExperimentQuery(string Key) : IQuery<ExperimentDto?>;

internal sealed class GetExperimentQueryHandler(IApplicationDbContext db) : IQueryHandler<GetExperimentQuery, ExperimentDto?>
{
    public async ValueTask<ExperimentDto?> Handle(GetExperimentQuery query, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.AsNoTracking().SingleOrDefaultAsync(e => e.Key == query.Key, cancellationToken);
        return experiment?.Adapt<ExperimentDto>();
    }
}
