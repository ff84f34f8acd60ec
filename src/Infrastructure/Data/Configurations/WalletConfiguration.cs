using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class WalletConfiguration : IEntityTypeConfiguration<Wallet>
{
    public void Configure(EntityTypeBuilder<Wallet> builder)
    {
        // No foreign key to the user: the balance is a bookkeeping record that must outlive the account it names.
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => w.UserId).IsUnique();

        // The admins' list, newest first (keyset on id).
        builder.HasIndex(w => new { w.CreatedAt, w.Id });
    }
}
