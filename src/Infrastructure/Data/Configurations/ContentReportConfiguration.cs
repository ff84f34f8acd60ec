using KnowledgePay.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class ContentReportConfiguration : IEntityTypeConfiguration<ContentReport>
{
    public void Configure(EntityTypeBuilder<ContentReport> builder)
    {
        builder.HasOne<ModerationCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(r => r.Reason).HasMaxLength(ModerationLimits.ReportReasonLength);

        // A user reports a piece of content once, whichever case it went to: the backstop for a double submit.
        builder.HasIndex(r => new { r.Kind, r.ContentId, r.ReporterId }).IsUnique();
    }
}
