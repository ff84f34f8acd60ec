using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Segments.Queries.GetPropensityModel;

/// <summary>Admins: the latest propensity training, published or not; null before the first.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetPropensityModelQuery : IQuery<PropensityModelDto?>;

internal sealed class GetPropensityModelQueryHandler(IApplicationDbContext db) : IQueryHandler<GetPropensityModelQuery, PropensityModelDto?>
{
    public async ValueTask<PropensityModelDto?> Handle(GetPropensityModelQuery query, CancellationToken cancellationToken) =>
        await db.PropensityModels.AsNoTracking().OrderByDescending(m => m.Version).ProjectToType<PropensityModelDto>()
            .FirstOrDefaultAsync(cancellationToken);
}
