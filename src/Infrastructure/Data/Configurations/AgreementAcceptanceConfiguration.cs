using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class AgreementAcceptanceConfiguration : IEntityTypeConfiguration<AgreementAcceptance>
{
    public void Configure(EntityTypeBuilder<AgreementAcceptance> builder)
    {
        // No foreign key to the user: an acceptance is evidence of consent that outlives an erased account (ADR 0042).
        builder.HasOne<AgreementVersion>().WithMany().HasForeignKey(a => a.AgreementVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Platform).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(a => a.ClientVersion).HasMaxLength(AgreementLimits.ClientVersionLength);

        // One acceptance per user and version (a double tap conflicts and the retry finds the first); counts per version.
        builder.HasIndex(a => new { a.UserId, a.AgreementVersionId }).IsUnique();
        builder.HasIndex(a => a.AgreementVersionId);
    }
}
