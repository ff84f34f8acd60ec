using KnowledgePay.Domain.Referrals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ReferralBindingConfiguration : IEntityTypeConfiguration<ReferralBinding>
{
    public void Configure(EntityTypeBuilder<ReferralBinding> builder)
    {
        builder.HasOne<Promoter>().WithMany().HasForeignKey(b => b.PromoterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(b => b.Version).IsConcurrencyToken();

        // One referrer per buyer: of two concurrent first bindings, one saves.
        builder.HasIndex(b => b.BuyerId).IsUnique();

        // A promoter's referrals, newest first (myReferrals), and the cycle check.
        builder.HasIndex(b => new { b.PromoterUserId, b.BoundAt });
    }
}
