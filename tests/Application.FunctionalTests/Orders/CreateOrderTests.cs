using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Orders.Queries.GetMyOrders;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Orders;

public sealed class CreateOrderTests : IAsyncLifetime
{
    private readonly OrdersApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task CreatesAPendingOrderAtTheCataloguePriceWithoutCallingTheProvider()
    {
        _app.SignInAsBuyer();

        var order = await _app.CreateOrderAsync();

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(OrdersApp.PriceFen, order.AmountFen);
        Assert.Equal("Deep Learning", order.Title);
        Assert.Equal(_app.Buyer.Id, order.UserId);
        Assert.Empty(_app.Gateway.Started);
    }

    [Fact]
    public async Task ReturnsTheSameOrderWhenRetriedWithTheSameClientKey()
    {
        _app.SignInAsBuyer();
        var first = await _app.CreateOrderAsync(clientKey: "retry-key-1");

        var retried = await _app.CreateOrderAsync(clientKey: "retry-key-1");

        Assert.Equal(first.Id, retried.Id);
    }

    [Fact]
    public async Task ConcurrentRetriesWithOneClientKeyCreateOneOrder()
    {
        _app.SignInAsBuyer();

        var orders = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _app.CreateOrderAsync(clientKey: "racing-key-1")));

        Assert.Single(orders.Select(o => o.Id).Distinct());
        Assert.Equal(1, await _app.WithDbAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task ReturnsThePendingOrderForTheCourseInsteadOfASecondOne()
    {
        _app.SignInAsBuyer();
        var first = await _app.CreateOrderAsync(clientKey: "first-key-1");

        var second = await _app.CreateOrderAsync(clientKey: "second-key-1");

        Assert.Equal(first.Id, second.Id);
    }

    [Fact]
    public async Task PlacesANewOrderOnceThePendingOneExpired()
    {
        _app.SignInAsBuyer();
        var first = await _app.CreateOrderAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(31));

        var second = await _app.CreateOrderAsync();

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.OutTradeNo, second.OutTradeNo);
    }

    [Fact]
    public async Task FailsWhenTheClientKeyWasUsedForAnotherCourse()
    {
        _app.SignInAsBuyer();
        await _app.CreateOrderAsync(clientKey: "shared-key-1");

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.CreateOrderAsync(_app.DraftCourse.Id, "shared-key-1"));

        Assert.Equal(OrderErrors.ClientKeyReusedCode, error.Code);
    }

    [Fact]
    public async Task FailsWhenTheCourseIsAlreadyOwned()
    {
        _app.SignInAsBuyer();
        await _app.PayAsync(await _app.CreateOrderAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.CreateOrderAsync());

        Assert.Equal(OrderErrors.CourseAlreadyOwnedCode, error.Code);
    }

    [Fact]
    public async Task FailsWhenTheCourseIsNotOnSale()
    {
        _app.SignInAsBuyer();

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.CreateOrderAsync(_app.DraftCourse.Id));

        Assert.Equal(OrderErrors.CourseNotOnSaleCode, error.Code);
    }

    [Fact]
    public async Task FailsWhenTheCourseIsFree()
    {
        _app.SignInAsBuyer();

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.CreateOrderAsync(_app.FreeCourse.Id));

        Assert.Equal(OrderErrors.CourseIsFreeCode, error.Code);
    }

    [Fact]
    public async Task ListsOnlyTheCallersOrdersNewestFirst()
    {
        _app.SignInAsOtherBuyer();
        await _app.CreateOrderAsync();
        _app.SignInAsBuyer();
        var older = await _app.CreateOrderAsync();
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await _app.CreateOrderAsync();

        var page = await _app.SendAsync<Page<OrderDto>>(new GetMyOrdersQuery(new QueryContext<OrderDto>()));

        Assert.Equal([newer.Id, older.Id], page.Edges.Select(e => e.Node.Id));
    }
}
