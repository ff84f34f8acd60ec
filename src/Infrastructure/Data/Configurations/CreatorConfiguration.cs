using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CreatorConfiguration : IEntityTypeConfiguration<Creator>
{
    public void Configure(EntityTypeBuilder<Creator> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(CatalogLimits.NameLength);
        builder.Property(c => c.Headline).HasMaxLength(CatalogLimits.TitleLength);
        builder.Property(c => c.Bio).HasMaxLength(CatalogLimits.BioLength);
        builder.Property(c => c.AvatarUrl).HasMaxLength(CatalogLimits.UrlLength);
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => c.UserId).IsUnique();
        builder.HasOne<User>().WithOne().HasForeignKey<Creator>(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
