using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class WithdrawalConfiguration : IEntityTypeConfiguration<Withdrawal>
{
    public void Configure(EntityTypeBuilder<Withdrawal> builder)
    {
        builder.HasOne<Promoter>().WithMany().HasForeignKey(w => w.PromoterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(w => w.ClientKey).HasMaxLength(ReferralLimits.ClientKeyLength);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(w => w.RejectReason).HasMaxLength(ReferralLimits.ReasonLength);
        builder.Property(w => w.PayoutReference).HasMaxLength(ReferralLimits.PayoutReferenceLength);
        builder.Property(w => w.Version).IsConcurrencyToken();

        // The same key from the same promoter always means one withdrawal.
        builder.HasIndex(w => new { w.PromoterId, w.ClientKey }).IsUnique();

        // A promoter's withdrawals and the admin's queue by status, newest first.
        builder.HasIndex(w => new { w.PromoterId, w.RequestedAt });
        builder.HasIndex(w => new { w.Status, w.RequestedAt });
    }
}
