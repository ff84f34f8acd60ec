using KnowledgePay.Domain.Sharing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ShareVisitConfiguration : IEntityTypeConfiguration<ShareVisit>
{
    public void Configure(EntityTypeBuilder<ShareVisit> builder)
    {
        builder.HasOne<Share>().WithMany().HasForeignKey(v => v.ShareId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Version).IsConcurrencyToken();

        // One visit per share and visitor: two first openings at once save one row, and the other counts a repeat.
        builder.HasIndex(v => new { v.ShareId, v.VisitorId }).IsUnique();

        // The funnel joins a visitor's visits to their purchases of the course.
        builder.HasIndex(v => v.VisitorId);
    }
}
