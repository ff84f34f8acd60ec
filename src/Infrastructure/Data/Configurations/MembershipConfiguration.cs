using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Offer>().WithMany().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Version).IsConcurrencyToken();

        builder.HasMany(m => m.Terms).WithOne().HasForeignKey(t => t.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Terms).HasField("_terms");

        // One membership per user and plan, which every term extends: two racing first purchases conflict instead of
        // starting two memberships. Also the access check's seek (a user's memberships by expiry).
        builder.HasIndex(m => new { m.UserId, m.PlanId }).IsUnique();
        builder.HasIndex(m => new { m.UserId, m.ExpiresAt });
    }
}
