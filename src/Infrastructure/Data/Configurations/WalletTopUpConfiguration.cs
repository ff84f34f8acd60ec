using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class WalletTopUpConfiguration : IEntityTypeConfiguration<WalletTopUp>
{
    public void Configure(EntityTypeBuilder<WalletTopUp> builder)
    {
        builder.Property(t => t.ClientKey).HasMaxLength(WalletLimits.ClientKeyLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // A retried topUp finds its top-up; two racing retries insert only one.
        builder.HasIndex(t => new { t.UserId, t.ClientKey }).IsUnique();
        builder.HasIndex(t => t.OrderId);
    }
}
