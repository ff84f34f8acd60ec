using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons.Queries.GetCoupons;

/// <summary>Admins: every coupon with its code and stock, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetCouponsQuery(QueryContext<CouponDto> Context) : IQuery<Page<CouponDto>>;

internal sealed class GetCouponsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetCouponsQuery, Page<CouponDto>>
{
    public async ValueTask<Page<CouponDto>> Handle(GetCouponsQuery query, CancellationToken cancellationToken) =>
        await db.Coupons.AsNoTracking().ToPageAsync(
            query.Context, CouponQuerySchema.Filter, CouponQuerySchema.Sort, CouponQuerySchema.DefaultOrder, cancellationToken);
}
