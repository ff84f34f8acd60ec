using KnowledgePay.Infrastructure.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class StoredRecommenderModelConfiguration : IEntityTypeConfiguration<StoredRecommenderModel>
{
    public void Configure(EntityTypeBuilder<StoredRecommenderModel> builder)
    {
        builder.ToTable("RecommenderModels");
        // Versions are numbered by the trainer; two nodes publishing the same number must collide, not both succeed.
        builder.HasKey(m => m.Version);
        builder.Property(m => m.Version).ValueGeneratedNever();
        builder.Property(m => m.ArmAlgorithm).HasMaxLength(64);
    }
}
