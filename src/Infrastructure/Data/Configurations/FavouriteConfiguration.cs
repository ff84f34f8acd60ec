using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Favourites;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class FavouriteConfiguration : IEntityTypeConfiguration<Favourite>
{
    public void Configure(EntityTypeBuilder<Favourite> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(f => f.CourseId).OnDelete(DeleteBehavior.Restrict);

        // One row per learner and course (course.isFavorite is one seek); a double tap racing itself conflicts here.
        builder.HasIndex(f => new { f.UserId, f.CourseId }).IsUnique();

        // A learner's favourites, newest first (myFavorites).
        builder.HasIndex(f => new { f.UserId, f.CreatedAt });
    }
}
