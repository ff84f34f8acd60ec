using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Bookkeeping.EventHandlers;

/// <summary>A refund paid out through an outside channel moves what it returns of the lines (top-ups aside) from revenue back to clearing.</summary>
internal sealed class PostRefundWhenOrderRefunded(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderRefundedEvent>
{
    public async ValueTask Handle(OrderRefundedEvent notification, CancellationToken cancellationToken) =>
        await db.PostOnceAsync(PostingRules.For(notification, clock.GetUtcNow()), cancellationToken);
}
