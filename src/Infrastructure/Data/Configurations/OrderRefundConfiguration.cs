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

        builder.OwnsMany(r => r.Lines, lines =>
        {
            lines.ToTable("OrderRefundLines");
            lines.WithOwner().HasForeignKey("RefundId");
            lines.HasKey("RefundId", nameof(OrderRefundLine.LineId));
            lines.Property(l => l.LineId).ValueGeneratedNever();
            lines.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.LineId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(r => r.Lines).HasField("_lines");

        // One refund per number at the provider, and so here.
        builder.HasIndex(r => r.OutRefundNo).IsUnique();

        // Reconciliation's refunds still processing.
        builder.HasIndex(r => new { r.Status, r.RequestedAt });

        // Analytics: the refunds completed in a range (refunded amount by day, week or month).
        builder.HasIndex(r => r.CompletedAt);
    }
}
