using KnowledgePay.Domain.RedeemCodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class RedeemCodeBatchConfiguration : IEntityTypeConfiguration<RedeemCodeBatch>
{
    public void Configure(EntityTypeBuilder<RedeemCodeBatch> builder)
    {
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(b => b.Label).HasMaxLength(RedeemCodeLimits.LabelLength);
        builder.HasMany<RedeemCode>().WithOne().HasForeignKey(c => c.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}
