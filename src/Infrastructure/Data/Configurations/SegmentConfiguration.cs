using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(SegmentLimits.NameMaxLength);
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Description).HasMaxLength(SegmentLimits.DescriptionMaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();

        // The rule tree is read and written whole, never queried inside: one JSON text column in the input's shape.
        builder.Property(s => s.Rule)
            .HasConversion(rule => SegmentRuleJson.Write(rule), json => SegmentRuleJson.Read(json))
            .Metadata.SetValueComparer(new ValueComparer<SegmentRule>(
                (a, b) => SegmentRuleJson.Write(a!) == SegmentRuleJson.Write(b!),
                rule => SegmentRuleJson.Write(rule).GetHashCode(StringComparison.Ordinal),
                rule => SegmentRuleJson.Read(SegmentRuleJson.Write(rule))));
    }
}
