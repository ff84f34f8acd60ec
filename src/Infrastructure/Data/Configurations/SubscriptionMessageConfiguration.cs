using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class SubscriptionMessageConfiguration : IEntityTypeConfiguration<SubscriptionMessage>
{
    public void Configure(EntityTypeBuilder<SubscriptionMessage> builder)
    {
        // MembershipExpiring and GroupBuyCompleted are longer than the usual enum column.
        builder.Property(m => m.Template).HasConversion<string>().HasMaxLength(2 * EnumColumns.Length);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(m => m.TemplateId).HasMaxLength(MessagingLimits.TemplateIdLength);
        builder.Property(m => m.Page).HasMaxLength(MessagingLimits.PageLength);
        builder.Property(m => m.Values).HasMaxLength(MessagingLimits.ValuesLength);
        builder.Property(m => m.DedupeKey).HasMaxLength(MessagingLimits.DedupeKeyLength);
        builder.Property(m => m.MsgId).HasMaxLength(MessagingLimits.MsgIdLength);

        // A request raised again finds its row: one message per dedupe key.
        builder.HasIndex(m => m.DedupeKey).IsUnique();

        // The admins' log, newest first, and per user.
        builder.HasIndex(m => m.CreatedAt);
        builder.HasIndex(m => new { m.UserId, m.CreatedAt });
    }
}
