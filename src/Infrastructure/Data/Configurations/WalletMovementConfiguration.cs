using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class WalletMovementConfiguration : IEntityTypeConfiguration<WalletMovement>
{
    public void Configure(EntityTypeBuilder<WalletMovement> builder)
    {
        builder.HasOne<Wallet>().WithMany().HasForeignKey(m => m.WalletId);
        // Longer than EnumColumns.Length: TopUpRefundFailed.
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Reference).HasMaxLength(WalletLimits.ReferenceLength);
        builder.Property(m => m.Reason).HasMaxLength(WalletLimits.ReasonLength);

        // One movement per cause: a replayed event or a retried command cannot move money twice.
        builder.HasIndex(m => m.Reference).IsUnique();

        // A wallet's history newest first (keyset on id); an order's movements (its spend and refunds).
        builder.HasIndex(m => new { m.WalletId, m.CreatedAt, m.Id });
        builder.HasIndex(m => m.OrderId);
    }
}
