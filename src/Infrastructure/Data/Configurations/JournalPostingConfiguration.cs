using KnowledgePay.Domain.Bookkeeping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class JournalPostingConfiguration : IEntityTypeConfiguration<JournalPosting>
{
    private const int KeyLength = 64;
    private const int LongEnumLength = 32;

    public void Configure(EntityTypeBuilder<JournalPosting> builder)
    {
        builder.Property(p => p.TransactionKey).HasMaxLength(KeyLength);
        builder.Property(p => p.Account).HasConversion<string>().HasMaxLength(LongEnumLength);
        builder.Property(p => p.Cause).HasConversion<string>().HasMaxLength(LongEnumLength);

        // A replayed event finds its transaction posted; two concurrent deliveries cannot both post it.
        builder.HasIndex(p => new { p.TransactionKey, p.Leg }).IsUnique();
        builder.HasIndex(p => new { p.Account, p.UserId });
        builder.HasIndex(p => p.OrderId);
    }
}
