using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>Orders with their lines, amounts and statuses, and the flash-sale places held for them.</summary>
[PersonalDataOf(typeof(Order), typeof(OrderLine), typeof(SaleReservation))]
internal sealed class OrdersPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "orders";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        orders = await db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.UserId == userId).ToListAsync(cancellationToken),
        saleReservations = await db.SaleReservations.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(cancellationToken),
    };
}
