using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CommissionEntryConfiguration : IEntityTypeConfiguration<CommissionEntry>
{
    public void Configure(EntityTypeBuilder<CommissionEntry> builder)
    {
        builder.HasOne<Promoter>().WithMany().HasForeignKey(e => e.PromoterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.Reference).HasMaxLength(ReferralLimits.ReferenceLength);

        // The backstop against moving money twice for one cause.
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.HasIndex(e => new { e.PromoterId, e.At });
    }
}
