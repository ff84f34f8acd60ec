using KnowledgePay.Domain.GroupBuying;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class GroupBuyConfiguration : IEntityTypeConfiguration<GroupBuy>
{
    public void Configure(EntityTypeBuilder<GroupBuy> builder)
    {
        // The id is the one the leader's order line named before the group was saved.
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasOne<GroupBuyDeal>().WithMany().HasForeignKey(g => g.DealId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.OfferKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(g => g.Version).IsConcurrencyToken();

        // A deal's groups one may join, and the sweep's expired open groups.
        builder.HasIndex(g => new { g.DealId, g.Status });
        builder.HasIndex(g => new { g.Status, g.ExpiresAt });
    }
}
