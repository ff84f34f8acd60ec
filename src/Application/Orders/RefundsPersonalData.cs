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
        refunds = await db.Orders.AsNoTracking().Where(o => o.UserId == userId).SelectMany(o => o.Refunds).Select(r => new
        {
            r.Id,
            r.OrderId,
            r.OutRefundNo,
            r.RefundId,
            r.AmountFen,
            r.Reason,
            r.Status,

            // Whether the user or an operator asked; the operator's account is not the user's data.
            RequestedByTheUser = r.RequestedBy == userId,
            r.RequestedAt,
            r.CompletedAt,
            r.Lines,
        }).ToListAsync(cancellationToken),
    };
}
