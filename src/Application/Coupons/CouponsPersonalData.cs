using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Coupons;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Coupons;

/// <summary>Coupons the user holds or held.</summary>
[PersonalDataOf(typeof(UserCoupon))]
internal sealed class CouponsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "coupons";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        coupons = await db.UserCoupons.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken),
    };
}
