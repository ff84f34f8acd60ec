using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Tracking;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CourseViewWithoutPurchaseConfiguration : IEntityTypeConfiguration<CourseViewWithoutPurchase>
{
    public void Configure(EntityTypeBuilder<CourseViewWithoutPurchase> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(v => v.UserId).OnDelete(DeleteBehavior.Cascade);

        // Once per learner and course: racing sweeps conflict instead of raising the event twice.
        builder.HasIndex(v => new { v.UserId, v.CourseId }).IsUnique();
    }
}
