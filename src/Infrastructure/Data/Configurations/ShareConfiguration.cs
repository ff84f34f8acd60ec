using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ShareConfiguration : IEntityTypeConfiguration<Share>
{
    public void Configure(EntityTypeBuilder<Share> builder)
    {
        // No foreign key to the sharer: like orders, shares are a record the referral books rest on.
        builder.HasOne<Course>().WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Scene).HasMaxLength(SharingLimits.SceneLength);

        // A scanned code or opened path finds its share in one seek; one share per sharer and course, even when two
        // requests create it at once.
        builder.HasIndex(s => s.Scene).IsUnique();
        builder.HasIndex(s => new { s.SharerId, s.CourseId }).IsUnique();

        // The sharer's shares newest first (myShares) and a course's shares (shareStats).
        builder.HasIndex(s => new { s.SharerId, s.CreatedAt });
        builder.HasIndex(s => s.CourseId);
    }
}
