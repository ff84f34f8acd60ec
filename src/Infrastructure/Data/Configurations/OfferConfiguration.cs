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
            price.Property(m => m.AmountFen).HasColumnName("ListFen");
            price.Property(m => m.Currency).HasColumnName("Currency").HasMaxLength(3).IsFixedLength();
        });

        builder.ComplexProperty(o => o.Guardrails, guardrails =>
        {
            guardrails.Property(g => g.FloorFen).HasColumnName("FloorFen");
            guardrails.Property(g => g.MaxDiscountPercent).HasColumnName("MaxDiscountPercent");
            guardrails.Property(g => g.SalePriceStacksWithMemberPrice).HasColumnName("SalePriceStacksWithMemberPrice");
        });

        builder.HasMany(o => o.Courses).WithOne().HasForeignKey(c => c.OfferId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Courses).HasField("_courses");

        // The offers on sale, by kind (membershipPlans, a course's offers).
        builder.HasIndex(o => new { o.Kind, o.IsOnSale });
        builder.HasIndex(o => o.CreatorId);
    }
}
