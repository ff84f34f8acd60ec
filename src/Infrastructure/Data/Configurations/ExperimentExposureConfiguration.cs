using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ExperimentExposureConfiguration : IEntityTypeConfiguration<ExperimentExposure>
{
    public void Configure(EntityTypeBuilder<ExperimentExposure> builder)
    {
        builder.HasOne<Experiment>().WithMany().HasForeignKey(x => x.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.VariantKey).HasMaxLength(ExperimentLimits.KeyMaxLength);

        // Exposure is logged once per user: a second insert for the same user loses the race on this key.
        builder.HasIndex(x => new { x.ExperimentId, x.UserId }).IsUnique();
        builder.HasIndex(x => new { x.ExperimentId, x.VariantKey, x.ExposedAt });
    }
}
