using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Offers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    /// <summary>Title, a line break and summary: see <see cref="Course.SearchText"/>.</summary>
    private const int SearchTextLength = CatalogLimits.TitleLength + 1 + CatalogLimits.SummaryLength;

    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(CatalogLimits.TitleLength);
        builder.Property(c => c.Summary).HasMaxLength(CatalogLimits.SummaryLength);
        builder.Property(c => c.SearchText).HasMaxLength(SearchTextLength);
        builder.Property(c => c.CoverUrl).HasMaxLength(CatalogLimits.UrlLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(c => c.Version).IsConcurrencyToken();

        builder.ComplexProperty(c => c.Price, price =>
        {
            price.Property(p => p.AmountFen).HasColumnName("PriceFen");
            price.Property(p => p.Currency).HasColumnName("PriceCurrency").HasMaxLength(3).IsFixedLength();
        });
        // Courses that existed before guardrails get none: any discount allowed. The sentinel makes EF write a real 0 %.
        builder.ComplexProperty(c => c.Guardrails, guardrails => guardrails.Property(g => g.MaxDiscountPercent)
            .HasDefaultValue(PriceGuardrails.None.MaxDiscountPercent).HasSentinel(-1));
        builder.ComplexProperty(c => c.Rating, rating =>
        {
            rating.Property(r => r.Count).HasColumnName("RatingCount");
            rating.Property(r => r.TotalStars).HasColumnName("RatingTotalStars");
            rating.Property(r => r.Average).HasColumnName("RatingAverage");
        });

        builder.HasOne<Creator>().WithMany().HasForeignKey(c => c.CreatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(c => c.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Chapters).WithOne().HasForeignKey(ch => ch.CourseId);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CourseId);
        builder.Navigation(c => c.Chapters).HasField("_chapters");
        builder.Navigation(c => c.Tags).HasField("_tags");

        // The catalogue lists published courses under one sort key with the id as tie-breaker (keyset paging).
        // EF Core 10 cannot index columns of complex properties (efcore#31246), so price and rating have none yet.
        builder.HasIndex(c => new { c.Status, c.PublishedAt, c.Id });
        builder.HasIndex(c => new { c.Status, c.StudentCount, c.Id });

        // Managed course lists: a creator's courses in every status, newest started first.
        builder.HasIndex(c => new { c.CreatorId, c.CreatedAt, c.Id });
    }
}
