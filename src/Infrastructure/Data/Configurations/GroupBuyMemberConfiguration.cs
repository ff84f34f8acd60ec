using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class GroupBuyMemberConfiguration : IEntityTypeConfiguration<GroupBuyMember>
{
    public void Configure(EntityTypeBuilder<GroupBuyMember> builder)
    {
        builder.HasOne<GroupBuy>().WithMany().HasForeignKey(m => m.GroupBuyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(m => m.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(EnumColumns.Length);

        // One group per learner per offer, even when their orders race: a released or refunded seat holds nothing (null,
        // which a unique index lets repeat on every provider).
        builder.HasIndex(m => new { m.UserId, m.HeldOfferId }).IsUnique();

        // Each order line holds at most one seat; the payment, close and refund reactions find it by its line.
        builder.HasIndex(m => m.OrderLineId).IsUnique();

        // A group's members, and the caller's groups newest first (myGroupBuys).
        builder.HasIndex(m => new { m.GroupBuyId, m.JoinedAt });
        builder.HasIndex(m => new { m.UserId, m.JoinedAt });
    }
}
