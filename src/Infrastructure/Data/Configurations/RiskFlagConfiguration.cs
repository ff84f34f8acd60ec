using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class RiskFlagConfiguration : IEntityTypeConfiguration<RiskFlag>
{
    public void Configure(EntityTypeBuilder<RiskFlag> builder)
    {
        // No foreign key to the user: a flag is review evidence that outlives an erased account (detached from it).
        builder.Property(f => f.Rule).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Restriction).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(f => f.Subject).HasMaxLength(RiskFlag.SubjectLength);
        builder.Property(f => f.Evidence).HasMaxLength(RiskFlag.EvidenceLength);
        builder.Property(f => f.ReviewNote).HasMaxLength(RiskFlag.NoteLength);

        // One open flag per rule and subject: a rule seeing the anomaly again counts it on that flag, and two nodes
        // raising it at once conflict instead of doubling it. The filter is standard SQL all three providers accept.
        builder.HasIndex(f => new { f.Rule, f.Subject })
            .IsUnique()
            .HasFilter($"\"{nameof(RiskFlag.Status)}\" = '{nameof(RiskFlagStatus.Open)}'");

        // The review queue by status, newest first (keyset on id); a user's restrictions in one seek.
        builder.HasIndex(f => new { f.Status, f.RaisedAt, f.Id });
        builder.HasIndex(f => new { f.UserId, f.Status });
        builder.Property(f => f.Status).IsConcurrencyToken();
    }
}
