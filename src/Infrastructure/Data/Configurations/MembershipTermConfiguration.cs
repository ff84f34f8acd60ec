using KnowledgePay.Domain.Memberships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class MembershipTermConfiguration : IEntityTypeConfiguration<MembershipTerm>
{
    public void Configure(EntityTypeBuilder<MembershipTerm> builder)
    {
        builder.ToTable("MembershipTerms");
        builder.Property(t => t.Source).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // An order line, gift or redeem code adds one term, ever, even when two deliveries of its event race.
        builder.HasIndex(t => new { t.Source, t.SourceId }).IsUnique().HasFilter($"\"{nameof(MembershipTerm.SourceId)}\" IS NOT NULL");
    }
}
