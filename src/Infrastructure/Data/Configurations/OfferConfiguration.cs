using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(o => o.Title).HasMaxLength(OfferLimits.TitleLength);
        builder.Property(o => o.Description).HasMaxLength(OfferLimits.DescriptionLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.CoversAllCourses);

        builder.ComplexProperty(o => o.ListPrice, price =>
        {
            price.Property(p => p.AmountFen).HasColumnName("ListPriceFen");
            price.Property(p => p.Currency).HasColumnName("ListPriceCurrency").HasMaxLength(3).IsFixedLength();
        });
        builder.ComplexProperty(o => o.Guardrails);

        builder.HasOne<Creator>().WithMany().HasForeignKey(o => o.CreatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Courses).WithOne().HasForeignKey(c => c.OfferId);
        builder.Navigation(o => o.Courses).HasField("_courses");

        // The catalogue's plans on sale, and the admin list newest first (keyset on id).
        builder.HasIndex(o => new { o.Kind, o.IsOnSale });
        builder.HasIndex(o => new { o.CreatedAt, o.Id });
    }
}
