using KnowledgePay.Domain.RedeemCodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class RedeemCodeConfiguration : IEntityTypeConfiguration<RedeemCode>
{
    public void Configure(EntityTypeBuilder<RedeemCode> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.CodeHash).HasMaxLength(RedeemCodeLimits.HashLength).IsFixedLength();
        builder.Property(c => c.Version).IsConcurrencyToken();

        // A typed code is found by its hash in one seek; two codes hashing alike would make one of them unusable.
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => c.BatchId);
    }
}
