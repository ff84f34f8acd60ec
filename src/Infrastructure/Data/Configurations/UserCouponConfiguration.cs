using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class UserCouponConfiguration : IEntityTypeConfiguration<UserCoupon>
{
    public void Configure(EntityTypeBuilder<UserCoupon> builder)
    {
        builder.HasOne<Coupon>().WithMany().HasForeignKey(u => u.CouponId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // Orders racing for one copy: only the save that read the current version locks it.
        builder.Property(u => u.Version).IsConcurrencyToken();

        // How many copies of a coupon a user holds (the per-user limit), and their coupons newest first (myCoupons).
        builder.HasIndex(u => new { u.UserId, u.CouponId });
        builder.HasIndex(u => new { u.UserId, u.ClaimedAt, u.Id });
        builder.HasIndex(u => u.OrderId);
    }
}
