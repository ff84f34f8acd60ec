using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Bookkeeping.EventHandlers;

/// <summary>An order paid through an outside channel moves what its lines (top-ups aside) cost from clearing to revenue.</summary>
internal sealed class PostSaleWhenOrderPaid(IApplicationDbContext db, TimeProvider clock) : IInTransactionHandler<OrderPaidEvent>
{
    public async ValueTask Handle(OrderPaidEvent notification, CancellationToken cancellationToken) =>
        await db.PostOnceAsync(PostingRules.For(notification, clock.GetUtcNow()), cancellationToken);
}
