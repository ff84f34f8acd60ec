using KnowledgePay.Domain.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class SubscriptionGrantConfiguration : IEntityTypeConfiguration<SubscriptionGrant>
{
    public void Configure(EntityTypeBuilder<SubscriptionGrant> builder)
    {
        builder.Property(g => g.TemplateId).HasMaxLength(MessagingLimits.TemplateIdLength);
        builder.Property(g => g.LastDecision).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // One count per user and template: the row every spend and accept updates in place.
        builder.HasIndex(g => new { g.UserId, g.TemplateId }).IsUnique();
    }
}
