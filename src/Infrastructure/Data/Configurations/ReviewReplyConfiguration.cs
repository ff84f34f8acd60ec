using KnowledgePay.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ReviewReplyConfiguration : IEntityTypeConfiguration<ReviewReply>
{
    public void Configure(EntityTypeBuilder<ReviewReply> builder)
    {
        builder.Property(r => r.Text).HasMaxLength(ReviewLimits.ReplyLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // One reply per review.
        builder.HasIndex(r => r.ReviewId).IsUnique();
    }
}
