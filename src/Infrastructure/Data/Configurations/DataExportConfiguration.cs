using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class DataExportConfiguration : IEntityTypeConfiguration<DataExport>
{
    public void Configure(EntityTypeBuilder<DataExport> builder)
    {
        // The export answers the request of the same id.
        builder.HasOne<PrivacyRequest>().WithOne().HasForeignKey<DataExport>(e => e.Id).OnDelete(DeleteBehavior.Restrict);

        // The sweep's look-up of archives still stored.
        builder.HasIndex(e => new { e.PurgedAt, e.ExpiresAt });
        builder.HasIndex(e => e.UserId);

        // Two downloads racing: only the first may mark it downloaded.
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
