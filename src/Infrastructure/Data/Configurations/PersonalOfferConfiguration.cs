using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PersonalOfferConfiguration : IEntityTypeConfiguration<PersonalOffer>
{
    public void Configure(EntityTypeBuilder<PersonalOffer> builder)
    {
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.OfferKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.HasIndex(p => new { p.CampaignId, p.UserId }).IsUnique();

        // The pricer's look-up for one buyer's offers.
        builder.HasIndex(p => new { p.UserId, p.OfferId, p.ValidUntil });
    }
}
