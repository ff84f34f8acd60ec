using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Orders.Commands.CreateOrder;

/// <summary>
/// Places an order for a cart at the price the pricing engine gives now — exactly what <c>quote</c> showed, or a typed
/// <see cref="PricingErrors.PriceChanged"/> when <see cref="ExpectedTotalFen"/> (the quoted total) no longer holds.
/// Idempotent: the same client key returns the same order, and a pending unexpired order for the same lines is returned
/// instead of a second one. Nothing is sent to the payment provider yet (see <c>CheckoutCommand</c>). A platform that may pay
/// with nothing gets <see cref="OrderErrors.PurchaseNotOffered"/>. With <see cref="GroupBuy"/> the one line is bought in a
/// group (拼团) at the group price; its seat is taken in the order's transaction (the group-buying feature reacts to
/// <see cref="OrderPlacedEvent"/>), so a full or closed group refuses the order with a typed error and nothing is saved.
/// </summary>
public sealed record CreateOrderCommand(
    IReadOnlyList<LineRequest> Lines,
    string ClientKey,
    string? CouponCode = null,
    long? ExpectedTotalFen = null,
    PaymentChannel Channel = PaymentChannel.WeChatPayJsapi,
    GroupBuyRequest? GroupBuy = null)
    : ICommand<OrderDto>, IRetryOnConflict;

internal sealed class CreateOrderCommandHandler(
    IApplicationDbContext db,
    ICurrentUser user,
    Pricer pricer,
    PaymentMethodPolicy methods,
    TimeProvider clock,
    IOptions<OrderOptions> options)
    : ICommandHandler<CreateOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CreateOrderCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        methods.EnsureCanBuy();
        var existing = await OrderIdAsync(userId, command, cancellationToken);
        if (existing is not null)
        {
            return await db.OrderDtoAsync(user, existing.Value, cancellationToken);
        }

        // A retry of the same request racing this one makes the save conflict (the unique client key lets only one order
        // in); this command then runs again and finds the winner's order above.
        var now = clock.GetUtcNow();
        var quote = await pricer.QuoteAsync(userId, command.Lines, command.CouponCode, now, cancellationToken, command.GroupBuy);
        if (command.ExpectedTotalFen is { } expected && expected != quote.TotalFen)
        {
            throw PricingErrors.PriceChanged(expected, quote.TotalFen);
        }

        var order = Order.Place(userId, quote, command.ClientKey, command.Channel, now, options.Value.PaymentWindow);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return await db.OrderDtoAsync(user, order.Id, cancellationToken);
    }

    private async Task<Guid?> OrderIdAsync(Guid userId, CreateOrderCommand command, CancellationToken cancellationToken)
    {
        var cart = CartKey.Of(command.Lines, command.GroupBuy is not null);
        var byKey = await db.Orders.AsNoTracking()
            .Where(o => o.UserId == userId && o.ClientKey == command.ClientKey)
            .SingleOrDefaultAsync(cancellationToken);
        if (byKey is not null)
        {
            return CartKey.Of(byKey) == cart ? byKey.Id : throw OrderErrors.ClientKeyReused();
        }

        // A group order is one seat in one group: only its client key finds it again.
        if (command.GroupBuy is not null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var pending = await db.Orders.AsNoTracking()
            .Where(o => o.UserId == userId && o.Status == OrderStatus.Pending && o.ExpiresAt > now)
            .Where(o => (o.UserCouponId != null) == (command.CouponCode != null))
            .OrderByDescending(o => o.CreatedAt)
            .Take(OrderLimits.MaxPendingOrdersCompared)
            .ToListAsync(cancellationToken);
        var same = pending.FirstOrDefault(o => CartKey.Of(o) == cart);
        if (same is not null && command.ExpectedTotalFen is { } expected && expected != same.Total.AmountFen)
        {
            throw PricingErrors.PriceChanged(expected, same.Total.AmountFen);
        }

        return same?.Id;
    }
}
