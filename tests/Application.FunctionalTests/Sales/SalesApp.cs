using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Application.Sales.Commands.ScheduleSale;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Sales;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.FunctionalTests.Sales;

/// <summary>
/// <see cref="OrdersApp"/> with the course's creator and a second creator (with a draft course of their own) to sign in as,
/// and the order events a placed or closed order raises, published in a transaction as the order's save does.
/// </summary>
public sealed class SalesApp(bool onPostgreSql, int maxPoolSize = 100) : OrdersApp(onPostgreSql, maxPoolSize)
{
    public Guid CreatorUserId { get; private set; }

    public Guid OtherCreatorUserId { get; private set; }

    public Course OtherCreatorsCourse { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = Clock.GetUtcNow();
        var otherUser = User.SignUp("o_other_creator", null, EncryptedSessionKey.Of("not-a-real-ciphertext", now), now);
        var otherCreator = Creator.Join("Chen Siyuan", null, null, null, now, otherUser.Id);
        OtherCreatorsCourse = Course.Draft(otherCreator.Id, Course.CategoryId, "Rust", "A course.", Money.Fen(9900), now);
        await WithDbAsync(async db =>
        {
            db.AddRange(otherUser, otherCreator, OtherCreatorsCourse);
            await db.SaveChangesAsync();
            CreatorUserId = await db.Creators.Where(c => c.Id == Course.CreatorId).Select(c => c.UserId!.Value).SingleAsync();
            return 0;
        });
        OtherCreatorUserId = otherUser.Id;
    }

    public void SignInAsCreator() => SignIn(CreatorUserId, Role.Creator);

    public void SignInAsOtherCreator() => SignIn(OtherCreatorUserId, Role.Creator);

    /// <summary>An admin schedules a sale of the course; signs the admin in.</summary>
    public Task<SaleDto> ScheduleAsync(
        SaleKind kind, long priceFen, TimeSpan? startsIn = null, TimeSpan? lasts = null, int? stock = null, int? perUserLimit = null)
    {
        SignInAsAdmin();
        var startsAt = Clock.GetUtcNow() + (startsIn ?? TimeSpan.FromMinutes(-1));
        return SendAsync<SaleDto>(new ScheduleSaleCommand(
            Course.Id, null, kind, kind == SaleKind.FlashSale ? "秒杀" : "限时优惠", priceFen, startsAt, startsAt + (lasts ?? TimeSpan.FromDays(1)),
            stock, perUserLimit));
    }

    /// <summary>What placing an order with a line of the course at each of <paramref name="saleIds"/> does to sales: the order's save.</summary>
    public Task PlaceAsync(Guid userId, Guid orderId, params Guid[] saleIds) =>
        PublishInTransactionAsync(new OrderPlacedEvent(orderId, userId, 0, Lines(saleIds), null));

    /// <summary>What closing that order unpaid does to sales.</summary>
    public Task CloseAsync(Guid userId, Guid orderId, params Guid[] saleIds) =>
        PublishInTransactionAsync(new OrderClosedEvent(orderId, userId, OrderCloseReason.Expired, Lines(saleIds), null));

    public Task<Sale> SaleAsync(Guid saleId) => WithDbAsync(db => db.Sales.AsNoTracking().SingleAsync(s => s.Id == saleId));

    public Task<int> ReservationsAsync(Guid saleId, Guid? userId = null) =>
        WithDbAsync(db => db.SaleReservations.CountAsync(r => r.SaleId == saleId && (userId == null || r.UserId == userId)));

    private IReadOnlyList<OrderLineSold> Lines(Guid[] saleIds) =>
        [.. saleIds.Select(saleId => new OrderLineSold(Guid.CreateVersion7(), OfferKind.Course, Course.Id, 100, saleId, false))];

    private async Task PublishInTransactionAsync(IDomainEvent domainEvent)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(domainEvent, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }
}
