using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PaymentLedgerEntryConfiguration : IEntityTypeConfiguration<PaymentLedgerEntry>
{
    public void Configure(EntityTypeBuilder<PaymentLedgerEntry> builder)
    {
        builder.ToTable("PaymentLedger");
        builder.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.Reference).HasMaxLength(OrderLimits.OutRefundNoLength);

        builder.HasOne<OrderLine>().WithMany().HasForeignKey(e => e.LineId).OnDelete(DeleteBehavior.Restrict);

        // A payment or refund is booked once per line, however often the provider reports it.
        builder.HasIndex(e => new { e.Kind, e.Reference, e.LineId }).IsUnique();
        builder.HasIndex(e => e.OrderId);
    }
}
