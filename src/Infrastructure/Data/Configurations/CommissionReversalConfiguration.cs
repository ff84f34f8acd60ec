using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CommissionReversalConfiguration : IEntityTypeConfiguration<CommissionReversal>
{
    // Each refund applies to a commission once, however often its event is delivered.
    public void Configure(EntityTypeBuilder<CommissionReversal> builder) =>
        builder.HasIndex(r => new { r.CommissionId, r.RefundId }).IsUnique();
}
