using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    /// <summary>Long enough for a coupon's or a sale's title, which become the step's reason.</summary>
    private const int ReasonLength = 200;

    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("OrderLines");
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(l => l.Title).HasMaxLength(OrderLimits.TitleLength);
        builder.HasIndex(l => new { l.OrderId, l.Position }).IsUnique();

        // Who bought an offer (series reach, sales reports) without scanning every order.
        builder.HasIndex(l => new { l.Kind, l.OfferId });

        builder.OwnsMany(l => l.Steps, steps =>
        {
            steps.ToTable("OrderLineSteps");
            steps.WithOwner().HasForeignKey("LineId");
            steps.HasKey("LineId", nameof(OrderLineStep.Position));
            steps.Property(s => s.Position).ValueGeneratedNever();
            steps.Property(s => s.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
            steps.Property(s => s.Reason).HasMaxLength(ReasonLength);
        });
        builder.Navigation(l => l.Steps).HasField("_steps");
    }
}
