using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Queries.GetCampaignsByIds;

/// <summary>Admins: campaigns by id, for <c>campaign(id)</c>, the payloads and <c>node</c>.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetCampaignsByIdsQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, CampaignDto>>;

internal sealed class GetCampaignsByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCampaignsByIdsQuery, IReadOnlyDictionary<Guid, CampaignDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CampaignDto>> Handle(GetCampaignsByIdsQuery query, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking()
            .Where(c => query.Ids.Contains(c.Id))
            .ProjectToType<CampaignDto>()
            .ToDictionaryAsync(c => c.Id, cancellationToken);
}
