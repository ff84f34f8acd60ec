using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Risk;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class StreamSightingConfiguration : IEntityTypeConfiguration<StreamSighting>
{
    public void Configure(EntityTypeBuilder<StreamSighting> builder)
    {
        builder.HasOne<User>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);

        // No foreign key to the lesson: a sighting only says which lesson the device last played, and outlives it.
        builder.Property(s => s.DeviceKey).HasMaxLength(Math.Max(ClientOrigin.DeviceIdLength, ClientOrigin.AddressLength));
        builder.Property(s => s.Address).HasMaxLength(ClientOrigin.AddressLength);

        // One row per account and device: two first heartbeats of one device at once meet here as a conflict.
        builder.HasIndex(s => new { s.UserId, s.DeviceKey }).IsUnique();
        builder.HasIndex(s => s.LastSeenAt);
        builder.Property(s => s.LastSeenAt).IsConcurrencyToken();
    }
}
