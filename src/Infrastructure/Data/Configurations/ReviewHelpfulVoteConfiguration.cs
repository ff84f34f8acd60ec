using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ReviewHelpfulVoteConfiguration : IEntityTypeConfiguration<ReviewHelpfulVote>
{
    public void Configure(EntityTypeBuilder<ReviewHelpfulVote> builder)
    {
        builder.HasOne<Review>().WithMany().HasForeignKey(v => v.ReviewId).OnDelete(DeleteBehavior.Cascade);

        // The review's cascade already reaches votes from the user's reviews; a second cascade path is refused by SQL Server.
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.NoAction);

        // One vote per user and review: a double tap racing itself fails here as a conflict.
        builder.HasIndex(v => new { v.ReviewId, v.UserId }).IsUnique();
        builder.HasIndex(v => v.UserId);
    }
}
