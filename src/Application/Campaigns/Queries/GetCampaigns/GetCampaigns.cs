using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Campaigns.Queries.GetCampaigns;

/// <summary>Admins: every campaign, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetCampaignsQuery(QueryContext<CampaignDto> Context) : IQuery<Page<CampaignDto>>;

internal sealed class GetCampaignsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCampaignsQuery, Page<CampaignDto>>
{
    public async ValueTask<Page<CampaignDto>> Handle(GetCampaignsQuery query, CancellationToken cancellationToken) =>
        await db.Campaigns.AsNoTracking().ToPageAsync(
            query.Context, CampaignQuerySchema.Filter, CampaignQuerySchema.Sort, CampaignQuerySchema.DefaultOrder, cancellationToken);
}
