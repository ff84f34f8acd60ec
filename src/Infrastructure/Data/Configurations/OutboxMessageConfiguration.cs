using KnowledgePay.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Type).HasMaxLength(OutboxMessage.TypeLength);
        builder.Property(m => m.LeaseOwner).HasMaxLength(OutboxMessage.LeaseOwnerLength);
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);

        // The dispatcher's scan: unprocessed messages that are due, oldest first.
        builder.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });

        // What one claim took.
        builder.HasIndex(m => m.LeaseOwner);
    }
}
