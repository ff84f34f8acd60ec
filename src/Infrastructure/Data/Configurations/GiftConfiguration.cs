using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class GiftConfiguration : IEntityTypeConfiguration<Gift>
{
    public void Configure(EntityTypeBuilder<Gift> builder)
    {
        // No foreign key to the buyer or recipient: like the order it came from, a gift is a record that outlives accounts.
        builder.HasOne<Order>().WithMany().HasForeignKey(g => g.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(g => g.ClaimCode).HasMaxLength(GiftLimits.ClaimCodeLength);
        builder.Property(g => g.Version).IsConcurrencyToken();

        // A share link finds its gift in one seek; a paid line makes at most one gift, even if its payment settles twice.
        builder.HasIndex(g => g.ClaimCode).IsUnique();
        builder.HasIndex(g => g.OrderLineId).IsUnique();

        // The buyer's gifts, newest first (myGifts), and a refund request's check of its order's gifts.
        builder.HasIndex(g => new { g.BuyerId, g.CreatedAt });
        builder.HasIndex(g => g.OrderId);
    }
}
