using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class MarketingConsentConfiguration : IEntityTypeConfiguration<MarketingConsent>
{
    public void Configure(EntityTypeBuilder<MarketingConsent> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Source).HasMaxLength(CampaignLimits.ConsentSourceLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.ConsentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.History).HasField("_history");

        // One per user (a first grant racing another conflicts); campaigns filter their audience on (user, granted).
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasIndex(c => new { c.UserId, c.IsGranted });
    }
}

internal sealed class MarketingConsentChangeConfiguration : IEntityTypeConfiguration<MarketingConsentChange>
{
    public void Configure(EntityTypeBuilder<MarketingConsentChange> builder) =>
        builder.Property(c => c.Source).HasMaxLength(CampaignLimits.ConsentSourceLength);
}
