using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class AccessSignalConfiguration : IEntityTypeConfiguration<AccessSignal>
{
    public void Configure(EntityTypeBuilder<AccessSignal> builder)
    {
        // A signal is the account's personal data and goes with it.
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(EnumColumns.Length);
        builder.Property(s => s.OpenIdHash).HasMaxLength(AccessSignal.OpenIdHashLength);
        builder.Property(s => s.Address).HasMaxLength(ClientOrigin.AddressLength);
        builder.Property(s => s.DeviceId).HasMaxLength(ClientOrigin.DeviceIdLength);

        // The rules' windows: an account's signals, an address's, an openid's; the retention sweep by age.
        builder.HasIndex(s => new { s.UserId, s.Kind, s.OccurredAt });
        builder.HasIndex(s => new { s.Address, s.Kind, s.OccurredAt });
        builder.HasIndex(s => new { s.OpenIdHash, s.Kind, s.OccurredAt });
        builder.HasIndex(s => s.OccurredAt);
    }
}
