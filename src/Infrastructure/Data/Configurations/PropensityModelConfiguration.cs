using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PropensityModelConfiguration : IEntityTypeConfiguration<PropensityModel>
{
    public void Configure(EntityTypeBuilder<PropensityModel> builder)
    {
        builder.HasIndex(m => m.Version).IsUnique();
        builder.Property(m => m.Note).HasMaxLength(500);
    }
}
