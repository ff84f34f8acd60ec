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
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.PrimaryMetric).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(e => e.Decision).HasMaxLength(1000);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.OwnsMany(e => e.Variants, variants => variants.ToJson());
        builder.ComplexProperty(e => e.Guardrails);

        // The running experiments on an offer's price, read with every quote.
        builder.HasIndex(e => new { e.OfferId, e.Status });
    }
}
