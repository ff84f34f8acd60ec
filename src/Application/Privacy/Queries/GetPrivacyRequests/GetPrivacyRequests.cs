using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Privacy.Queries.GetPrivacyRequests;

/// <summary>Every user's privacy requests, oldest first unless ordered otherwise: the queue the privacy work drains.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetPrivacyRequestsQuery(QueryContext<PrivacyRequestDto> Context) : IQuery<Page<PrivacyRequestDto>>;

internal sealed class GetPrivacyRequestsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetPrivacyRequestsQuery, Page<PrivacyRequestDto>>
{
    public async ValueTask<Page<PrivacyRequestDto>> Handle(GetPrivacyRequestsQuery query, CancellationToken cancellationToken) =>
        await db.PrivacyRequests.AsNoTracking().ToPageAsync(
            query.Context, PrivacyRequestQuerySchema.Filter, PrivacyRequestQuerySchema.Sort, PrivacyRequestQuerySchema.DefaultOrder,
            cancellationToken);
}
