using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KnowledgePay.Application.Orders.Commands.CreateOrder;

/// <summary>
/// Places an order for a published, priced course at the catalogue's price. Idempotent: the same client key returns the
/// same order, and a pending unexpired order for the course is returned instead of a second one. Nothing is sent to
/// the payment provider yet (see <c>CheckoutCommand</c>). Free courses need no order: <see cref="OrderErrors.CourseIsFree"/>.
/// </summary>
public sealed record CreateOrderCommand(Guid CourseId, string ClientKey, PaymentChannel Channel = PaymentChannel.WeChatPayJsapi)
    : ICommand<OrderDto>, IRetryOnConflict;

internal sealed class CreateOrderCommandHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, IOptions<OrderOptions> options)
    : ICommandHandler<CreateOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CreateOrderCommand command, CancellationToken cancellationToken)
    {
        var userId = user.RequiredId();
        var existing = await OrderIdAsync(userId, command, cancellationToken);
        if (existing is not null)
        {
            return await db.OrderDtoAsync(user, existing.Value, cancellationToken);
        }

        // A retry of the same request racing this one makes the save conflict (the unique client key lets only one order
        // in); this command then runs again and finds the winner's order above.
        var order = await PlaceAsync(userId, command, cancellationToken);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return await db.OrderDtoAsync(user, order.Id, cancellationToken);
    }

    private async Task<Guid?> OrderIdAsync(Guid userId, CreateOrderCommand command, CancellationToken cancellationToken)
    {
        var byKey = await db.Orders.AsNoTracking()
            .Where(o => o.UserId == userId && o.ClientKey == command.ClientKey)
            .Select(o => new { o.Id, o.CourseId })
            .SingleOrDefaultAsync(cancellationToken);
        if (byKey is not null)
        {
            return byKey.CourseId == command.CourseId ? byKey.Id : throw OrderErrors.ClientKeyReused();
        }

        var now = clock.GetUtcNow();
        return await db.Orders.AsNoTracking()
            .Where(o => o.UserId == userId && o.CourseId == command.CourseId && o.Status == OrderStatus.Pending && o.ExpiresAt > now)
            .OrderByDescending(o => o.CreatedAt)
            .Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<Order> PlaceAsync(Guid userId, CreateOrderCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking()
            .Where(c => c.Id == command.CourseId)
            .Select(c => new { c.Title, c.Price, c.Status })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(nameof(Course), command.CourseId);
        if (course.Status != CourseStatus.Published)
        {
            throw OrderErrors.CourseNotOnSale(command.CourseId);
        }

        var owned = await db.Enrollments.ActiveFor(userId, command.CourseId, clock.GetUtcNow()).AnyAsync(cancellationToken);
        if (owned)
        {
            throw OrderErrors.CourseAlreadyOwned(command.CourseId);
        }

        return Order.Place(
            userId, command.CourseId, course.Title, course.Price, command.ClientKey, command.Channel,
            clock.GetUtcNow(), options.Value.PaymentWindow);
    }
}
