using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Referrals.Queries.GetMyReferrals;

/// <summary>The people bound to the caller as their referrer, newest binding first, nicknames masked.</summary>
public sealed record GetMyReferralsQuery(PageRequest Page, bool IncludeTotalCount = false) : IQuery<Page<ReferralDto>>;

internal sealed class GetMyReferralsQueryHandler(IApplicationDbContext db, ICurrentUser user) : IQueryHandler<GetMyReferralsQuery, Page<ReferralDto>>
{
    public async ValueTask<Page<ReferralDto>> Handle(GetMyReferralsQuery query, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var page = await db.ReferralBindings.AsNoTracking().Where(b => b.PromoterUserId == userId).ToPageAsync(
            new QueryContext<ReferralDto>(Page: query.Page, IncludeTotalCount: query.IncludeTotalCount),
            ReferralPaging.BindingFilter, ReferralPaging.BindingSort, ReferralPaging.Newest("boundAt"), cancellationToken);
        var buyerIds = page.Edges.Select(e => e.Node.BuyerId).ToList();
        var nicknames = await db.Users.AsNoTracking().Where(u => buyerIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Profile.Nickname }).ToDictionaryAsync(u => u.Id, u => u.Nickname, cancellationToken);
        return page with
        {
            Edges = [.. page.Edges.Select(e => e with { Node = e.Node with { Nickname = ReferralDto.Mask(nicknames.GetValueOrDefault(e.Node.BuyerId)) } })],
        };
    }
}
