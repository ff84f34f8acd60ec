using KnowledgePay.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    /// <summary>Events carry ids and short values; lesson bodies and summaries never travel in them.</summary>
    private const int ChangesLength = 4000;

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.EntityType).HasMaxLength(AuditEntry.NameLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.NameLength);
        builder.Property(e => e.Changes).HasMaxLength(ChangesLength);
        builder.HasIndex(e => new { e.OccurredAt, e.Id });
        builder.HasIndex(e => new { e.EntityId, e.OccurredAt });
        builder.HasIndex(e => new { e.UserId, e.OccurredAt });
    }
}
