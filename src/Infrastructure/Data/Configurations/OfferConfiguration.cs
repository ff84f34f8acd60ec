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
        builder.HasOne<Creator>().WithMany().HasForeignKey(o => o.CreatorId).OnDelete(DeleteBehavior.Restrict);

        builder.ComplexProperty(o => o.ListPrice, price =>
        {
            price.Property(m => m.AmountFen).HasColumnName("ListFen");
            price.Property(m => m.Currency).HasColumnName("Currency").HasMaxLength(3).IsFixedLength();
        });
        builder.ComplexProperty(o => o.Guardrails);

        builder.OwnsMany(o => o.Courses, courses =>
        {
            courses.ToTable("OfferCourses");
            courses.WithOwner().HasForeignKey(c => c.OfferId);
            courses.HasKey(c => new { c.OfferId, c.CourseId });
            courses.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
            courses.HasIndex(c => c.CourseId);
        });
        builder.Navigation(o => o.Courses).HasField("_courses");

        builder.HasIndex(o => new { o.Kind, o.IsOnSale });
    }
}
