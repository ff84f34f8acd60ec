using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Orders;

/// <summary>
/// Who may ask the provider about an order next. Claiming sets the order's lease with one conditional update, so of
/// several server instances (or a learner polling) exactly one wins and the rest skip the order until it runs out:
/// background work never repeats and polls reach the provider at most once per lease.
/// </summary>
public static class OrderLeases
{
    /// <summary>The shadow column holding the lease's end; not part of the domain model.</summary>
    public const string LeaseUntil = nameof(LeaseUntil);

    public static IQueryable<Order> Unleased(this IQueryable<Order> orders, DateTimeOffset now) =>
        orders.Where(o => EF.Property<DateTimeOffset?>(o, LeaseUntil) == null || EF.Property<DateTimeOffset?>(o, LeaseUntil) <= now);

    public static async Task<bool> TryClaimAsync(
        this IQueryable<Order> orders, Guid orderId, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken) =>
        await orders.Where(o => o.Id == orderId).Unleased(now).ExecuteUpdateAsync(
            s => s.SetProperty(o => EF.Property<DateTimeOffset?>(o, LeaseUntil), now + duration), cancellationToken) == 1;
}
