using KnowledgePay.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    public void Configure(EntityTypeBuilder<ProcessedMessage> builder)
    {
        builder.ToTable("ProcessedMessages");

        // One row per handler and message: the key itself makes a second handling fail to commit.
        builder.HasKey(p => new { p.MessageId, p.Handler });
        builder.Property(p => p.Handler).HasMaxLength(ProcessedMessage.HandlerLength);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(p => p.MessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
