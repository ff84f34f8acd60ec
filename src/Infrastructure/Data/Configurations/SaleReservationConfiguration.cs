using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgePay.Infrastructure.Data.Configurations;

internal sealed class SaleReservationConfiguration : IEntityTypeConfiguration<SaleReservation>
{
    public void Configure(EntityTypeBuilder<SaleReservation> builder)
    {
        builder.HasOne<Sale>().WithMany().HasForeignKey(r => r.SaleId).OnDelete(DeleteBehavior.Restrict);

        // One buyer's slot at one sale is held once: racing orders of one buyer cannot pass the limit per buyer.
        builder.HasIndex(r => new { r.SaleId, r.UserId, r.Seq }).IsUnique();

        // What a closing order gives back.
        builder.HasIndex(r => r.OrderId);
    }
}
