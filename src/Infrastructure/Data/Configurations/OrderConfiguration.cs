using KnowledgePay.Application.Orders;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    /// <summary>Longer than <see cref="EnumColumns.Length"/>: <c>PartiallyRefunded</c>, <c>WeChatVirtualPayment</c>.</summary>
    private const int LongEnumLength = 32;

    public void Configure(EntityTypeBuilder<Order> builder)
    {
        // No foreign key to the user: an order is a bookkeeping record that must outlive the account it names.
        builder.Property(o => o.Title).HasMaxLength(OrderLimits.TitleLength);
        builder.Property(o => o.OutTradeNo).HasMaxLength(OrderLimits.OutTradeNoLength);
        builder.Property(o => o.ClientKey).HasMaxLength(OrderLimits.ClientKeyLength);
        builder.Property(o => o.TransactionId).HasMaxLength(OrderLimits.ProviderIdLength);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(LongEnumLength);
        builder.Property(o => o.Channel).HasConversion<string>().HasMaxLength(LongEnumLength);
        builder.Property(o => o.CloseReason).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(o => o.ReviewReason).HasConversion<string>().HasMaxLength(LongEnumLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property<DateTimeOffset?>(OrderLeases.LeaseUntil);

        builder.ComplexProperty(o => o.Total, total =>
        {
            total.Property(m => m.AmountFen).HasColumnName("AmountFen");
            total.Property(m => m.Currency).HasColumnName("Currency").HasMaxLength(3).IsFixedLength();
        });

        // An order is always read with its lines: its totals, refunds and ledger entries are kept per line.
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId);
        builder.Navigation(o => o.Lines).HasField("_lines").AutoInclude();

        builder.HasMany(o => o.Refunds).WithOne().HasForeignKey(r => r.OrderId);
        builder.Navigation(o => o.Refunds).HasField("_refunds");

        // Our number at the provider, and the provider's transaction: each names one order forever, so a second
        // settlement of one payment, or one transaction settling two orders, fails as a conflict.
        builder.HasIndex(o => o.OutTradeNo).IsUnique();
        builder.HasIndex(o => o.TransactionId).IsUnique().HasFilter($"\"{nameof(Order.TransactionId)}\" IS NOT NULL");

        // A retried createOrder finds its order; two racing retries insert only one.
        builder.HasIndex(o => new { o.UserId, o.ClientKey }).IsUnique();

        // The sweeper's expired pending orders, and a learner's orders newest first (keyset on id).
        builder.HasIndex(o => new { o.Status, o.ExpiresAt });
        builder.HasIndex(o => new { o.UserId, o.CreatedAt, o.Id });

        // Analytics: the orders paid in a range (GMV by day, week or month).
        builder.HasIndex(o => o.PaidAt);
    }
}
