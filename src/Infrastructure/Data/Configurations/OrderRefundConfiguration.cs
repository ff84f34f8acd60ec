using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class OrderRefundConfiguration : IEntityTypeConfiguration<OrderRefund>
{
    public void Configure(EntityTypeBuilder<OrderRefund> builder)
    {
        builder.ToTable("OrderRefunds");
        builder.Property(r => r.OutRefundNo).HasMaxLength(OrderLimits.OutRefundNoLength);
        builder.Property(r => r.Reason).HasMaxLength(OrderLimits.RefundReasonLength);
        builder.Property(r => r.RefundId).HasMaxLength(OrderLimits.ProviderIdLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // One refund per number at the provider, and so here.
        builder.HasIndex(r => r.OutRefundNo).IsUnique();

        // Reconciliation's refunds still processing.
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
    }
}
