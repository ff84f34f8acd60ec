using KnowledgePay.Application.Bookkeeping.Queries.CheckBooks;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.HandlePaymentNotification;
using KnowledgePay.Application.Orders.Commands.IssueRefund;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Wallets.Commands.TopUp;
using KnowledgePay.Application.Wallets.Queries;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Wallets;
using KnowledgePay.Infrastructure.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgePay.Domain.Bookkeeping.JournalAccount;

namespace KnowledgePay.Application.FunctionalTests.Bookkeeping;

/// <summary>Order and wallet events become balanced journal transactions, once each, and the check finds what does not balance.</summary>
public abstract class BookkeepingTests(BooksApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task AWeChatPayPurchaseAndItsTwoRefundsMoveTheMoneyFromClearingToRevenueAndBack()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        await app.PayAsync(order);
        var afterPayment = await app.BooksAsync();
        var partial = await app.SendAsync<RefundDto>(new IssueRefundCommand(order.Id, 1000, "Goodwill"));
        var afterPartial = await app.BooksAsync();
        var rest = await app.SendAsync<RefundDto>(new IssueRefundCommand(order.Id, null, "The rest"));

        Assert.Equal(
            [
                ($"order-paid:{order.Id}", WeChatPayClearing, null, -4900),
                ($"order-paid:{order.Id}", PlatformRevenue, null, 4900),
                ($"order-refund:{partial.Id}", WeChatPayClearing, null, 1000),
                ($"order-refund:{partial.Id}", PlatformRevenue, null, -1000),
                ($"order-refund:{rest.Id}", WeChatPayClearing, null, 3900),
                ($"order-refund:{rest.Id}", PlatformRevenue, null, -3900),
            ],
            (await app.PostingsAsync()).OrderBy(p => p.Key.StartsWith("order-paid", StringComparison.Ordinal) ? 0 : p.Key == $"order-refund:{partial.Id}" ? 1 : 2));
        Assert.True(afterPayment.IsBalanced);
        Assert.Equal((4900, -4900), (app.BalanceOf(afterPayment, PlatformRevenue), app.BalanceOf(afterPayment, WeChatPayClearing)));
        Assert.True(afterPartial.IsBalanced);
        Assert.Equal(3900, app.BalanceOf(afterPartial, PlatformRevenue));
        var final = await app.BooksAsync();
        Assert.True(final.IsBalanced);
        Assert.All(final.Accounts, a => Assert.Equal(0, a.BalanceFen));
    }

    [Fact]
    public async Task PostsAWalletMovementOnceHoweverOftenItIsDelivered()
    {
        var topUp = app.Moved(WalletMovementKind.TopUp, 10000, 500);

        await app.RaiseAsync(topUp);
        await app.RaiseAsync(topUp);

        Assert.Equal(
            [
                ($"wallet:{topUp.MovementId}", UserWallet, app.Buyer.Id, 10000),
                ($"wallet:{topUp.MovementId}", WeChatPayClearing, null, -10000),
                ($"wallet:{topUp.MovementId}", UserBonus, app.Buyer.Id, 500),
                ($"wallet:{topUp.MovementId}", BonusFunding, null, -500),
            ],
            await app.PostingsAsync());
        Assert.True((await app.BooksAsync()).IsBalanced);
    }

    [Fact]
    public async Task PostsAMovementDeliveredTwiceInOneSaveOnce()
    {
        var spend = app.Moved(WalletMovementKind.Adjustment, 700, 0);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var publisher = scope.ServiceProvider.GetRequiredService<IPublisher>();
            await publisher.PublishDomainEventAsync(spend, CancellationToken.None);
            await publisher.PublishDomainEventAsync(spend, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        Assert.Equal([(UserWallet, app.Buyer.Id, 700L), (ManualAdjustments, null, -700L)], (await app.PostingsAsync()).Select(p => (p.Account, p.UserId, p.AmountFen)));
    }

    [Fact]
    public async Task RefusesAMovementGoingTheWrongWayAndPostsNothing()
    {
        var refusal = await Assert.ThrowsAsync<DomainException>(() => app.RaiseAsync(app.Moved(WalletMovementKind.Spend, 100, 0)));

        Assert.Equal(BookkeepingErrors.WrongDirectionCode, refusal.Code);
        Assert.Empty(await app.PostingsAsync());
    }

    [Fact]
    public async Task FindsAWalletWhoseBalanceDisagreesWithTheBooks()
    {
        await app.WithDbAsync(db =>
        {
            db.Wallets.Add(Wallet.Open(app.Buyer.Id, app.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        await app.RaiseAsync(app.Moved(WalletMovementKind.TopUp, 1000, 100));

        var books = await app.BooksAsync();

        var problem = Assert.Single(books.Problems);
        Assert.Equal((BookProblemKind.WalletDisagreesWithBooks, $"wallet:{app.Buyer.Id}"), (problem.Kind, problem.Reference));
        Assert.Contains("the books say 1000 and 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindsAUserWhoSpentMoreThanTheBooksGaveThem()
    {
        await app.RaiseAsync(app.Moved(WalletMovementKind.TopUp, 1000, 0));
        await app.RaiseAsync(app.Moved(WalletMovementKind.Spend, -1500, 0));

        var books = await app.BooksAsync();

        Assert.False(books.IsBalanced);
        var problem = Assert.Single(books.Problems);
        Assert.Equal((BookProblemKind.NegativeUserAccount, $"UserWallet:{app.Buyer.Id}"), (problem.Kind, problem.Reference));
    }

    [Fact]
    public async Task FindsAnOrderWhoseBooksDisagreeWithItsPaymentsLedger()
    {
        app.SignInAsBuyer();
        var order = await app.CreateOrderAsync();
        await app.PayAsync(order);
        await app.AddAsync(JournalTransaction.Balanced("stray:1", JournalCause.OrderPaid, order.Id, app.Clock.GetUtcNow(),
            [new(WeChatPayClearing, null, -100), new(PlatformRevenue, null, 100)]));

        var books = await app.BooksAsync();

        var problem = Assert.Single(books.Problems);
        Assert.Equal((BookProblemKind.OrderDisagreesWithPaymentsLedger, order.OutTradeNo), (problem.Kind, problem.Reference));
        Assert.Contains("4900", problem.Message, StringComparison.Ordinal);
        Assert.Contains("5000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATopUpAndItsRefundKeepTheBooksBalancedWhileTheRefundIsAtTheProvider()
    {
        var order = await PaidTopUpAsync(10000, "top-up-0001");
        var afterTopUp = await app.BooksAsync();
        app.Gateway.RefundOutcome = RefundState.Processing;
        app.SignInAsAdmin();
        var refund = await app.SendAsync<RefundDto>(new IssueRefundCommand(order.Id, null, "Changed my mind"));
        var whileAtProvider = await app.BooksAsync();
        var succeeded = app.Gateway.FinishRefund(refund.OutRefundNo, RefundState.Succeeded);
        await app.SendAsync<SettlementResult>(new HandlePaymentNotificationCommand(new RefundNotification(succeeded)));

        Assert.True(afterTopUp.IsBalanced);
        Assert.Equal((-10000, 10000, 0), (app.BalanceOf(afterTopUp, WeChatPayClearing), app.BalanceOf(afterTopUp, UserWallet), app.BalanceOf(afterTopUp, PlatformRevenue)));
        Assert.Empty(whileAtProvider.Problems);
        var final = await app.BooksAsync();
        Assert.Empty(final.Problems);
        Assert.All(final.Accounts, a => Assert.Equal(0, a.BalanceFen));
    }

    [Fact]
    public async Task FindsATopUpTheWalletNeverPosted()
    {
        var order = await PaidTopUpAsync(5000, "top-up-0002");
        await app.WithDbAsync(db => db.JournalPostings.Where(p => p.OrderId == order.Id).ExecuteDeleteAsync());

        var books = await app.BooksAsync();

        Assert.Equal(
            [(BookProblemKind.OrderDisagreesWithPaymentsLedger, order.OutTradeNo), (BookProblemKind.WalletDisagreesWithBooks, $"wallet:{app.Buyer.Id}")],
            books.Problems.Select(p => (p.Kind, p.Reference)));
    }

    [Fact]
    public async Task OnlyAdminsCheckTheBooks()
    {
        app.SignInAsBuyer();

        await Assert.ThrowsAsync<Common.Exceptions.ForbiddenAccessException>(() => app.SendAsync<BooksDto>(new CheckBooksQuery()));
    }

    private async Task<OrderDto> PaidTopUpAsync(long amountFen, string clientKey)
    {
        app.SignInAsBuyer();
        var topUp = await app.SendAsync<TopUpDto>(new TopUpCommand(amountFen, clientKey));
        var order = await app.OrderAsync(topUp.OrderId);
        await app.PayAsync(order);
        return order;
    }
}

public sealed class BookkeepingTestsOnSqlite() : BookkeepingTests(new BooksApp(onPostgreSql: false));

public sealed class BookkeepingTestsOnPostgreSql() : BookkeepingTests(new BooksApp(onPostgreSql: true));
