using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class UnknownPaymentReportConfiguration : IEntityTypeConfiguration<UnknownPaymentReport>
{
    public void Configure(EntityTypeBuilder<UnknownPaymentReport> builder)
    {
        builder.Property(r => r.Source).HasMaxLength(UnknownPaymentReport.SourceLength);
        builder.Property(r => r.OutTradeNo).HasMaxLength(OrderLimits.OutTradeNoLength);

        // The risk rule counts one source's reports within a window.
        builder.HasIndex(r => new { r.Source, r.ReceivedAt });
    }
}
