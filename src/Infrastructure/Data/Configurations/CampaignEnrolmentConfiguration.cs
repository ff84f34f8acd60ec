using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CampaignEnrolmentConfiguration : IEntityTypeConfiguration<CampaignEnrolment>
{
    public void Configure(EntityTypeBuilder<CampaignEnrolment> builder)
    {
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Version).IsConcurrencyToken();

        // Once per campaign and user: two runs racing over the same members conflict instead of acting twice.
        builder.HasIndex(e => new { e.CampaignId, e.UserId }).IsUnique();

        // The deferred-delivery sweep, and the frequency cap's count of a user's recent deliveries.
        builder.HasIndex(e => new { e.Status, e.DueAt });
        builder.HasIndex(e => new { e.UserId, e.DeliveredAt });
    }
}
