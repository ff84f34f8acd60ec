using KnowledgePay.Domain.Coupons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CouponConfiguration : IEntityTypeConfiguration<Coupon>
{
    /// <summary>Longer than <see cref="EnumColumns.Length"/>: <c>AmountOffOverThreshold</c>, <c>NewcomerAmountOff</c>.</summary>
    private const int KindLength = 32;

    public void Configure(EntityTypeBuilder<Coupon> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(CouponLimits.TitleLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(KindLength);
        builder.Property(c => c.ScopeKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Code).HasMaxLength(CouponLimits.CodeLength);

        // The scope's lists are part of the coupon's terms, read whole with it: JSON columns, not child tables.
        builder.PrimitiveCollection(c => c.ScopeCategoryIds);
        builder.PrimitiveCollection(c => c.ScopeCourseIds);
        builder.PrimitiveCollection(c => c.ScopeOfferKinds);
        builder.Ignore(c => c.Scope);
        builder.Ignore(c => c.Validity);
        builder.Ignore(c => c.RemainingStock);

        // Claims race on this row: only one of two claims that read the same version saves.
        builder.Property(c => c.Version).IsConcurrencyToken();

        // A typed code names one coupon; a second coupon with the code fails as a conflict.
        builder.HasIndex(c => c.Code).IsUnique().HasFilter($"\"{nameof(Coupon.Code)}\" IS NOT NULL");

        // The claimable list (public, active) and the admins' list, newest first.
        builder.HasIndex(c => new { c.Status, c.IsPublic, c.CreatedAt });
        builder.HasIndex(c => new { c.CreatedAt, c.Id });
    }
}
