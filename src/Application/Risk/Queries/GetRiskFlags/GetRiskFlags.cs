using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Filtering;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Querying.Sorting;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Risk.Queries.GetRiskFlags;

/// <summary>Admins: the risk review queue, newest flag first, optionally of one status, rule or user.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetRiskFlagsQuery(
    RiskFlagStatus? Status, RiskRule? Rule, Guid? UserId, PageRequest Page, bool IncludeTotalCount = false)
    : IQuery<Page<RiskFlagDto>>;

internal sealed class GetRiskFlagsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetRiskFlagsQuery, Page<RiskFlagDto>>
{
    private static readonly FilterSchema<RiskFlag> Filter = new("RiskFlag");

    private static readonly SortSchema<RiskFlag> Sort = new SortSchema<RiskFlag>("RiskFlag").Field("raisedAt", f => f.RaisedAt);

    private static readonly IReadOnlyList<SortField> NewestFirst = [new("raisedAt", SortDirection.Descending)];

    public async ValueTask<Page<RiskFlagDto>> Handle(GetRiskFlagsQuery query, CancellationToken cancellationToken)
    {
        var flags = db.RiskFlags.AsNoTracking();
        if (query.Status is { } status)
        {
            flags = flags.Where(f => f.Status == status);
        }

        if (query.Rule is { } rule)
        {
            flags = flags.Where(f => f.Rule == rule);
        }

        if (query.UserId is { } userId)
        {
            flags = flags.Where(f => f.UserId == userId);
        }

        return await flags.ToPageAsync(
            new QueryContext<RiskFlagDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount), Filter, Sort, NewestFirst, cancellationToken);
    }
}
