using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PromoterConfiguration : IEntityTypeConfiguration<Promoter>
{
    public void Configure(EntityTypeBuilder<Promoter> builder)
    {
        builder.Property(p => p.Code).HasMaxLength(ReferralLimits.CodeLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(p => p.Version).IsConcurrencyToken();

        // One promoter per user; an invitation code finds its promoter in one seek.
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.HasIndex(p => p.Code).IsUnique();

        // The admin's list by status, newest first.
        builder.HasIndex(p => new { p.Status, p.CreatedAt });
    }
}
