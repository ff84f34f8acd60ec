using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class SaleConfiguration : IEntityTypeConfiguration<Sale>
{
    public void Configure(EntityTypeBuilder<Sale> builder)
    {
        // No foreign key to the offer: a sale names a course or an offer (two tables), like an order line.
        builder.Ignore(s => s.Offer);
        builder.Property(s => s.OfferKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(s => s.Title).HasMaxLength(SaleLimits.TitleLength);
        builder.Property(s => s.Version).IsConcurrencyToken();

        // The sales running for a set of offers (every price lookup), and the admin list newest first.
        builder.HasIndex(s => new { s.OfferId, s.EndsAt });
        builder.HasIndex(s => new { s.CreatedAt, s.Id });
    }
}
