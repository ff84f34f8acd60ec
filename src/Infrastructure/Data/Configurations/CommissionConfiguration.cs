using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CommissionConfiguration : IEntityTypeConfiguration<Commission>
{
    public void Configure(EntityTypeBuilder<Commission> builder)
    {
        builder.HasOne<Promoter>().WithMany().HasForeignKey(c => c.PromoterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(c => c.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Reversals).WithOne().HasForeignKey(r => r.CommissionId);
        builder.Navigation(c => c.Reversals).HasField("_reversals");

        // A paid line earns once per level, even if its payment settles twice.
        builder.HasIndex(c => new { c.OrderLineId, c.Level }).IsUnique();

        // A promoter's commissions, newest first; the sweep's due pending commissions; the payment's replay check.
        builder.HasIndex(c => new { c.PromoterId, c.CreatedAt });
        builder.HasIndex(c => new { c.State, c.ValidAfter });
        builder.HasIndex(c => c.OrderId);
    }
}
