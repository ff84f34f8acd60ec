using KnowledgePay.Application.Coupons.Queries;
using KnowledgePay.Domain.Coupons;
using Mapster;

namespace KnowledgePay.Application.Coupons;

internal sealed class CouponMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Coupon, CouponDto>();

        // Expired is decided against the clock after the read (see CouponVisibility.AsOf).
        config.NewConfig<UserCoupon, UserCouponDto>()
            .Map(d => d.State, s => s.Status == UserCouponStatus.Used
                ? UserCouponState.Used
                : s.Status == UserCouponStatus.Locked ? UserCouponState.Locked : UserCouponState.Available);
    }
}
