using KnowledgePay.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ShareCodeImageConfiguration : IEntityTypeConfiguration<ShareCodeImage>
{
    /// <summary>image/jpeg, image/png.</summary>
    private const int ContentTypeLength = 32;

    public void Configure(EntityTypeBuilder<ShareCodeImage> builder)
    {
        // At most one image per share: of two first requests drawing it at once, one saves and the other reads it.
        builder.HasKey(i => i.ShareId);
        builder.HasOne<Share>().WithOne().HasForeignKey<ShareCodeImage>(i => i.ShareId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.ContentType).HasMaxLength(ContentTypeLength);
    }
}
