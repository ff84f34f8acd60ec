using KnowledgePay.Domain.Experiments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ExperimentConfiguration : IEntityTypeConfiguration<Experiment>
{
    public void Configure(EntityTypeBuilder<Experiment> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(ExperimentLimits.KeyMaxLength);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ExperimentLimits.NameMaxLength);
        builder.Property(e => e.Salt).HasMaxLength(32);
        builder.Property(e => e.Surface).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.OfferKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        // "ReturningLearners" is longer than the usual enum column.
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(2 * EnumColumns.Length);
        builder.Property(e => e.PrimaryMetric).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.Decision).HasMaxLength(ExperimentLimits.DecisionMaxLength);
        builder.Property(e => e.Layer).HasMaxLength(ExperimentLimits.KeyMaxLength);
        builder.PrimitiveCollection(e => e.Platforms);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsMany(e => e.Variants, variants => variants.ToJson());
        builder.ComplexProperty(e => e.Guardrails);

        // The running experiments on an offer's price, read with every quote.
        builder.HasIndex(e => new { e.OfferId, e.Status });

        // Backstops for two starts racing (ADR 0028): one running price experiment per offer, and running experiments of a
        // layer never begin at the same bucket (both starts of a race pick the lowest free one).
        var running = $"\"{nameof(Experiment.Status)}\" = '{nameof(ExperimentStatus.Running)}'";
        builder.HasIndex(e => e.OfferId).IsUnique().HasFilter($"{running} AND \"{nameof(Experiment.OfferId)}\" IS NOT NULL")
            .HasDatabaseName("IX_Experiments_OfferId_Running");
        builder.HasIndex(e => new { e.Layer, e.LayerStart }).IsUnique().HasFilter($"{running} AND \"{nameof(Experiment.Layer)}\" IS NOT NULL")
            .HasDatabaseName("IX_Experiments_Layer_LayerStart_Running");
    }
}
