using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>Refunds asked for and paid on the user's orders.</summary>
[PersonalDataOf(typeof(OrderRefund))]
internal sealed class RefundsPersonalData(IApplicationDbContext db) : IPersonalDataSection
{
    public string Name => "refunds";

    public async Task<object> CollectAsync(Guid userId, CancellationToken cancellationToken) => new
    {
        refunds = await db.Orders.AsNoTracking().Where(o => o.UserId == userId).SelectMany(o => o.Refunds).ToListAsync(cancellationToken),
    };
}
