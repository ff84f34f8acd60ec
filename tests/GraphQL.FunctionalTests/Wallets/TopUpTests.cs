using System.Text.Json;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Wallets;

public abstract class TopUpTests(KnowledgePayApp app) : WalletTest(app)
{
    [Fact]
    public async Task CreditsTheTopUpAndItsBonusTierWhenWeChatPayPaysItsOrder()
    {
        var user = await SignInAsync("o_topper");
        var placed = await TopUpAsync(user, 10000, "topup-key-1");
        var before = await MyWalletAsync(user);
        var order = placed.GetProperty("topUp").GetProperty("order");
        await CheckoutAsync(user, Id(order));
        await App.WeChat.PayAsync(Number(order));
        await WaitForStatusAsync(user.Client, Id(order), "PAID");

        var wallet = await MyWalletAsync(user);
        var retried = await TopUpAsync(user, 10000, "topup-key-1");

        Assert.Empty(placed.PayloadErrors());
        Assert.Equal(10000, placed.GetProperty("topUp").GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal(1000, placed.GetProperty("topUp").GetProperty("bonus").GetProperty("fen").GetInt64());
        Assert.Equal("PENDING", placed.GetProperty("topUp").GetProperty("status").GetString());
        Assert.Equal(0, before.GetProperty("balance").GetProperty("fen").GetInt64());
        Assert.Equal(11000, wallet.GetProperty("balance").GetProperty("fen").GetInt64());
        Assert.Equal((10000, 1000), Pots(wallet));
        Assert.Equal([("TOP_UP", 11000L, 1000L, 11000L)], Entries(wallet));
        Assert.Equal("CREDITED", retried.GetProperty("topUp").GetProperty("status").GetString());
        Assert.Equal(Id(order), Id(retried.GetProperty("topUp").GetProperty("order")));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 10000);
        await AssertBooksBalancedAsync(await AdminAsync());
    }

    [Fact]
    public async Task CreditsATopUpOnceWhenWeChatPayNotifiesTwice()
    {
        var user = await SignInAsync("o_topper");
        var topUp = await TopUpAsync(user, 5000);
        var order = topUp.GetProperty("topUp").GetProperty("order");
        await CheckoutAsync(user, Id(order));
        await App.WeChat.ArmNotificationFaultAsync("duplicate", copies: 3, concurrent: true);
        await App.WeChat.PayAsync(Number(order));
        await WaitForStatusAsync(user.Client, Id(order), "PAID");
        await App.WeChat.WaitForDeliveriesAsync(3);

        var wallet = await MyWalletAsync(user);

        Assert.Equal((5000, 0), Pots(wallet));
        Assert.Single(Entries(wallet));
    }

    [Fact]
    public async Task RefusesATopUpOutsideTheAllowedAmountsAndABalanceCheckoutOfATopUp()
    {
        var user = await SignInAsync("o_topper");

        var tooSmall = await TopUpAsync(user, 99);
        var tooLarge = await TopUpAsync(user, 500001);
        var placed = await TopUpAsync(user, 1000);
        var byBalance = await PayWithBalanceAsync(user, Id(placed.GetProperty("topUp").GetProperty("order")));
        var reused = await TopUpAsync(user, 2000, "reused-key");
        var reusedAgain = await TopUpAsync(user, 3000, "reused-key");

        Assert.Equal([("TopUpAmountInvalidError", "WALLET_TOP_UP_AMOUNT_INVALID")], tooSmall.PayloadErrors());
        Assert.Equal([("TopUpAmountInvalidError", "WALLET_TOP_UP_AMOUNT_INVALID")], tooLarge.PayloadErrors());
        Assert.Equal([("PaymentMethodNotAllowedError", "PAYMENT_METHOD_NOT_ALLOWED")], byBalance.PayloadErrors());
        Assert.Empty(reused.PayloadErrors());
        Assert.Equal([("WalletClientKeyReusedError", "WALLET_CLIENT_KEY_REUSED")], reusedAgain.PayloadErrors());
    }

    [Fact]
    public async Task RefusesATopUpOnIosWhereWeChatPayIsNotOfferedAndPlacesNothing()
    {
        var user = await SignInAsync("o_ios_topper");
        user.Client.DefaultRequestHeaders.Add("X-Client-Platform", "ios");
        var ordersBefore = await App.ReadAsync(db => db.Orders.CountAsync());

        var refused = await TopUpAsync(user, 10000);

        Assert.Equal([("PaymentMethodNotAllowedError", "PAYMENT_METHOD_NOT_ALLOWED")], refused.PayloadErrors());
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("topUp").ValueKind);
        Assert.Equal(0, await App.ReadAsync(db => db.WalletTopUps.CountAsync()));
        Assert.Equal(ordersBefore, await App.ReadAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task TakesATopUpRefundWithItsShareOfTheBonusOutBeforeWeChatPayRefundsIt()
    {
        var user = await SignInAsync("o_topper");
        var admin = await AdminAsync();
        var order = await PaidTopUpAsync(user, 10000);

        var refund = await IssueRefundAsync(admin, Id(order), amountFen: 5000);
        await WaitForStatusAsync(user.Client, Id(order), "PARTIALLY_REFUNDED");
        var wallet = await MyWalletAsync(user);

        Assert.Empty(refund.PayloadErrors());
        Assert.Equal((5000, 500), Pots(wallet));
        Assert.Equal(("TOP_UP_REFUND", -5500L, -500L, 5500L), Entries(wallet)[0]);
        await AssertLedgerBalancedAsync(admin, paidFen: 10000, refundedFen: 5000);
        await AssertBooksBalancedAsync(admin);
    }

    [Fact]
    public async Task RefusesToRefundATopUpWhoseMoneyWasSpentAndChangesNothing()
    {
        var user = await SignInAsync("o_topper");
        var admin = await AdminAsync();
        var course = await AddPaidCourseAsync();
        var topUpOrder = await PaidTopUpAsync(user, 5000);
        var purchase = (await CreateOrderAsync(user, course.Id)).GetProperty("order");
        Assert.Empty((await PayWithBalanceAsync(user, Id(purchase))).PayloadErrors());

        var refund = await IssueRefundAsync(admin, Id(topUpOrder), amountFen: 5000);
        var wallet = await MyWalletAsync(user);

        Assert.Equal([("TopUpSpentError", "WALLET_TOP_UP_SPENT")], refund.PayloadErrors());
        Assert.Equal((100, 0), Pots(wallet));
        Assert.Equal("PAID", Status(await OrderAsync(user.Client, Id(topUpOrder))));
        Assert.Equal(0, await App.WeChat.CallsAsync("refundCreate"));
    }

    [Fact]
    public async Task GivesATopUpRefundBackWhenWeChatPayClosesIt()
    {
        var user = await SignInAsync("o_topper");
        var admin = await AdminAsync();
        var order = await PaidTopUpAsync(user, 10000);
        await App.WeChat.ArmPayFaultAsync("refundCreate", "refundClosed");

        await IssueRefundAsync(admin, Id(order), amountFen: 10000);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while ((await OrderAsync(user.Client, Id(order))).GetProperty("refunds")[0].GetProperty("status").GetString() != "CLOSED"
            && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(25);
        }

        var wallet = await MyWalletAsync(user);

        Assert.Equal((10000, 1000), Pots(wallet));
        Assert.Equal(
            [("TOP_UP_REFUND_FAILED", 11000L, 1000L, 11000L), ("TOP_UP_REFUND", -11000L, -1000L, 0L), ("TOP_UP", 11000L, 1000L, 11000L)],
            Entries(wallet));
        await AssertBooksBalancedAsync(admin);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TopUpTestsOnSqlite(SqliteApp app) : TopUpTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class TopUpTestsOnPostgreSql(PostgreSqlApp app) : TopUpTests(app);
