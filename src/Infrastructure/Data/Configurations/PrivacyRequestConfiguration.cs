using KnowledgePay.Domain.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class PrivacyRequestConfiguration : IEntityTypeConfiguration<PrivacyRequest>
{
    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        // No foreign key to the user: the request is the record that an erasure was asked for and done, so it must
        // outlive the user row it names.
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // At most one pending request per user and kind: finds it in one seek, and turns a double submit's second
        // insert into a conflict. The filter is standard SQL that SQLite, PostgreSQL and SQL Server all accept.
        builder.HasIndex(r => new { r.UserId, r.Kind })
            .IsUnique()
            .HasFilter($"\"{nameof(PrivacyRequest.Status)}\" = '{nameof(PrivacyRequestStatus.Pending)}'");

        // A user's own requests, newest first; and the operators' queue by status, oldest first (keyset on id).
        builder.HasIndex(r => new { r.UserId, r.RequestedAt });
        builder.HasIndex(r => new { r.Status, r.RequestedAt, r.Id });

        // A cancel racing the privacy work's completion: only the first may leave Pending; the other save conflicts.
        builder.Property(r => r.Status).IsConcurrencyToken();
    }
}
