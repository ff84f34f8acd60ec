using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Sales.Commands.EndSale;
using KnowledgePay.Application.Sales.Commands.ScheduleSale;
using KnowledgePay.Application.Sales.Commands.UpdateSale;
using KnowledgePay.Application.Sales.Queries;
using KnowledgePay.Application.Sales.Queries.GetSales;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Sales;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Sales;

/// <summary>Who may set, change and end sales, within which rules, and the audit trail each price change leaves.</summary>
public abstract class SaleManagementTests(SalesApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AnAdminSchedulesASaleAndTheAuditLogRecordsThePrice()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);

        Assert.Equal((app.Course.Id, 3900L, app.Admin.Id), (sale.OfferId, sale.PriceFen, sale.SetByUserId!.Value));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == sale.Id));
        Assert.Equal(("SaleScheduled", app.Admin.Id), (audit.Action, audit.UserId!.Value));
        Assert.Contains("\"priceFen\":3900", audit.Changes);
    }

    [Fact]
    public async Task ACreatorSchedulesASaleOfTheirOwnCourse()
    {
        app.SignInAsCreator();

        var sale = await app.SendAsync<SaleDto>(Schedule(app.Course.Id));

        Assert.Equal(app.CreatorUserId, sale.SetByUserId);
    }

    [Fact]
    public async Task ACreatorCannotPutAnotherCreatorsCourseOnSale()
    {
        app.SignInAsOtherCreator();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<SaleDto>(Schedule(app.Course.Id)));

        Assert.Equal(0, await app.WithDbAsync(db => db.Sales.CountAsync()));
    }

    [Fact]
    public async Task ABuyerCannotScheduleUpdateOrEndSalesNorListThem()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);
        app.SignInAsBuyer();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<SaleDto>(Schedule(app.Course.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<SaleDto>(Update(sale, 2900)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<SaleDto>(new EndSaleCommand(sale.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<Page<SaleDto>>(new GetSalesQuery(new QueryContext<SaleDto>())));
    }

    [Fact]
    public async Task ACreatorCannotChangeOrEndASaleOfAnotherCreatorsCourse()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);
        app.SignInAsOtherCreator();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<SaleDto>(Update(sale, 2900)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<SaleDto>(new EndSaleCommand(sale.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => app.SendAsync<Page<SaleDto>>(new GetSalesQuery(new QueryContext<SaleDto>())));
        Assert.Equal(3900, (await app.SaleAsync(sale.Id)).PriceFen);
    }

    [Fact]
    public async Task FailsWithoutSavingWhenThePriceIsNotBelowTheListPrice()
    {
        app.SignInAsCreator();

        var error = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync<SaleDto>(Schedule(app.Course.Id) with { Price = 4900 }));

        Assert.Equal(SaleErrors.NotBelowListPriceCode, error.Code);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sales.CountAsync()));
    }

    [Fact]
    public async Task FailsWhenAFreeCourseIsPutOnSale()
    {
        app.SignInAsAdmin();

        var error = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync<SaleDto>(Schedule(app.FreeCourse.Id) with { Price = 0 }));

        Assert.Equal(SaleErrors.OfferNotSellableCode, error.Code);
    }

    [Fact]
    public async Task FailsOnBadShapeOrAMissingOffer()
    {
        app.SignInAsAdmin();

        var shape = await Assert.ThrowsAsync<ValidationException>(
            () => app.SendAsync<SaleDto>(Schedule(app.Course.Id) with { Title = "", OfferId = Guid.CreateVersion7() }));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<SaleDto>(Schedule(Guid.CreateVersion7())));

        Assert.Contains("Title", shape.Errors.Keys);
        Assert.Contains("CourseId", shape.Errors.Keys);
    }

    [Fact]
    public async Task UpdatingASaleChangesItsPriceAndIsAudited()
    {
        var sale = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 10, perUserLimit: 1);
        app.SignInAsCreator();

        var updated = await app.SendAsync<SaleDto>(Update(sale, 2900) with { Stock = 20 });

        Assert.Equal((2900L, 20), (updated.PriceFen, updated.Stock!.Value));
        var audit = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityId == sale.Id && e.Action == "SaleChanged"));
        Assert.Equal(app.CreatorUserId, audit.UserId);
    }

    [Fact]
    public async Task AFlashSaleStockCannotDropBelowWhatIsSold()
    {
        var sale = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 10, perUserLimit: 2);
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id);
        await app.PlaceAsync(app.Buyer.Id, Guid.CreateVersion7(), sale.Id);
        app.SignInAsAdmin();

        var error = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync<SaleDto>(Update(sale, 1900) with { Stock = 1 }));

        Assert.Equal(SaleErrors.InvalidStockCode, error.Code);
        Assert.Equal(10, (await app.SaleAsync(sale.Id)).Stock);
    }

    [Fact]
    public async Task EndingASaleStopsItOnceAndIsAudited()
    {
        var sale = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);

        var ended = await app.SendAsync<SaleDto>(new EndSaleCommand(sale.Id));

        Assert.NotNull(ended.EndedEarlyAt);
        var again = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync<SaleDto>(new EndSaleCommand(sale.Id)));
        Assert.Equal(SaleErrors.AlreadyEndedCode, again.Code);
        var update = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync<SaleDto>(Update(sale, 2900)));
        Assert.Equal(SaleErrors.AlreadyEndedCode, update.Code);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == sale.Id && e.Action == "SaleEndedEarly")));
    }

    [Fact]
    public async Task AdminsListEverySaleNewestFirst()
    {
        var first = await app.ScheduleAsync(SaleKind.LimitedTimePrice, 3900);
        var second = await app.ScheduleAsync(SaleKind.FlashSale, 1900, stock: 5, perUserLimit: 1);

        var page = await app.SendAsync<Page<SaleDto>>(new GetSalesQuery(new QueryContext<SaleDto>()));

        Assert.Equal([second.Id, first.Id], page.Edges.Select(e => e.Node.Id));
    }

    private ScheduleSaleCommand Schedule(Guid courseId)
    {
        var now = app.Clock.GetUtcNow();
        return new ScheduleSaleCommand(courseId, null, SaleKind.LimitedTimePrice, "限时优惠", 3900, now, now.AddDays(3), null, null);
    }

    private static UpdateSaleCommand Update(SaleDto sale, long priceFen) =>
        new(sale.Id, sale.Title, priceFen, sale.StartsAt, sale.EndsAt, sale.Stock, sale.PerUserLimit);
}

public sealed class SaleManagementTestsOnSqlite() : SaleManagementTests(new SalesApp(onPostgreSql: false));

public sealed class SaleManagementTestsOnPostgreSql() : SaleManagementTests(new SalesApp(onPostgreSql: true));
