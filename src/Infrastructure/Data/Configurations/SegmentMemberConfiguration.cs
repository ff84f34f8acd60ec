using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class SegmentMemberConfiguration : IEntityTypeConfiguration<SegmentMember>
{
    public void Configure(EntityTypeBuilder<SegmentMember> builder)
    {
        // Materialised in bulk: the natural key is the primary key, no surrogate id to generate per row.
        builder.HasKey(m => new { m.SegmentId, m.UserId });
        builder.HasIndex(m => m.UserId);
    }
}
