using KnowledgePay.Domain.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> builder)
    {
        builder.Ignore(v => v.Order);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(v => v.VersionLabel).HasMaxLength(AgreementLimits.VersionLabelLength);
        builder.Property(v => v.Title).HasMaxLength(AgreementLimits.TitleLength);
        builder.Property(v => v.Body).HasMaxLength(AgreementLimits.BodyLength);
        builder.Property(v => v.Url).HasMaxLength(AgreementLimits.UrlLength);

        // A label names one version per kind; two admins publishing the same label at once conflict.
        builder.HasIndex(v => new { v.Kind, v.VersionLabel }).IsUnique();
    }
}
