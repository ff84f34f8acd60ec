using KnowledgePay.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    /// <summary>Longer than <see cref="EnumColumns.Length"/>: <c>ViewedWithoutPurchase</c>, <c>OfferPersonalPrice</c>.</summary>
    private const int KindLength = 32;

    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CampaignLimits.NameLength);
        builder.Property(c => c.Action).HasConversion<string>().HasMaxLength(KindLength);
        builder.Property(c => c.Trigger).HasConversion<string>().HasMaxLength(KindLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.OfferKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.MessageTitle).HasMaxLength(CampaignLimits.MessageTitleLength);
        builder.Property(c => c.MessageNote).HasMaxLength(CampaignLimits.MessageNoteLength);
        builder.Property(c => c.MessagePage).HasMaxLength(CampaignLimits.MessagePageLength);
        builder.Ignore(c => c.QuietHours);
        builder.Ignore(c => c.IsScheduled);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // The scheduler's due campaigns, the triggers' active campaigns, and the admins' list newest first.
        builder.HasIndex(c => new { c.Status, c.NextRunAt });
        builder.HasIndex(c => new { c.Status, c.Trigger });
        builder.HasIndex(c => new { c.CreatedAt, c.Id });
    }
}
