using KnowledgePay.Domain.GroupBuying;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class GroupBuyDealConfiguration : IEntityTypeConfiguration<GroupBuyDeal>
{
    public void Configure(EntityTypeBuilder<GroupBuyDeal> builder)
    {
        // No foreign key to the offer: a deal names a course or an offer (two tables), like a sale.
        builder.Ignore(d => d.Offer);
        builder.Property(d => d.OfferKind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(d => d.Version).IsConcurrencyToken();

        // The running deal of an offer (each new group, the deal lists).
        builder.HasIndex(d => new { d.OfferId, d.EndsAt });
    }
}
