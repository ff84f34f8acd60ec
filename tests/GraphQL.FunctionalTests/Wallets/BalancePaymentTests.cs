using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Wallets;

public abstract class BalancePaymentTests(KnowledgePayApp app) : WalletTest(app)
{
    [Fact]
    public async Task PaysACourseFromTheBalanceAtOnceAndOpensItsLessons()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        await PaidTopUpAsync(buyer, 10000);
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");

        var paid = await PayWithBalanceAsync(buyer, Id(order), "balance-key-1");
        var retried = await PayWithBalanceAsync(buyer, Id(order), "balance-key-1");
        var wallet = await MyWalletAsync(buyer);

        Assert.Empty(paid.PayloadErrors());
        Assert.Equal("PAID", paid.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal("BalancePayment", paid.GetProperty("payment").GetProperty("__typename").GetString());
        Assert.Equal(6100, paid.GetProperty("payment").GetProperty("balance").GetProperty("fen").GetInt64());
        Assert.Empty(retried.PayloadErrors());
        Assert.Equal(6100, retried.GetProperty("payment").GetProperty("balance").GetProperty("fen").GetInt64());
        Assert.Equal((5100, 1000), Pots(wallet));
        Assert.Equal(("SPEND", -4900L, 0L, 6100L), Entries(wallet)[0]);
        Assert.Equal(Id(order), wallet.GetProperty("entries").GetProperty("nodes")[0].GetProperty("order").GetProperty("id").GetString());
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 10000 + 4900);
        await AssertBooksBalancedAsync(await AdminAsync());
    }

    [Fact]
    public async Task RefundsABalancePaymentToTheBalanceInTheSplitItWasPaidWith()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await PaidTopUpAsync(buyer, 4000);
        Assert.Empty((await AdjustAsync(admin, buyer.UserId, 2000, "adjust-key-1")).PayloadErrors());
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        Assert.Empty((await PayWithBalanceAsync(buyer, Id(order))).PayloadErrors());
        var afterSpend = await MyWalletAsync(buyer);

        var partial = await IssueRefundAsync(admin, Id(order), amountFen: 1000);
        var afterPartial = await MyWalletAsync(buyer);
        var rest = await IssueRefundAsync(admin, Id(order), amountFen: null);
        var afterRest = await MyWalletAsync(buyer);

        Assert.Equal((0, 1100), Pots(afterSpend));
        Assert.Equal("SUCCEEDED", partial.GetProperty("refund").GetProperty("status").GetString());
        Assert.Equal(("REFUND", 1000L, 184L, 2100L), Entries(afterPartial)[0]);
        Assert.Equal("SUCCEEDED", rest.GetProperty("refund").GetProperty("status").GetString());
        Assert.Equal((4000, 2000), Pots(afterRest));
        Assert.Equal("REFUNDED", Status(await OrderAsync(buyer.Client, Id(order))));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(admin, paidFen: 4000 + 4900, refundedFen: 4900);
        await AssertBooksBalancedAsync(admin);
    }

    [Fact]
    public async Task RefusesABalanceTooSmallWithATypedErrorAndChangesNothing()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var stranger = await SignInAsync("o_stranger");
        await PaidTopUpAsync(buyer, 1000);
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var strangerOrder = (await CreateOrderAsync(stranger, course.Id)).GetProperty("order");

        var refused = await PayWithBalanceAsync(buyer, Id(order));
        var noWallet = await PayWithBalanceAsync(stranger, Id(strangerOrder));

        Assert.Equal([("InsufficientBalanceError", "WALLET_INSUFFICIENT_BALANCE")], refused.PayloadErrors());
        Assert.Equal([("InsufficientBalanceError", "WALLET_INSUFFICIENT_BALANCE")], noWallet.PayloadErrors());
        Assert.Equal("PENDING", Status(await OrderAsync(buyer.Client, Id(order))));
        var wallet = await MyWalletAsync(buyer);
        Assert.Equal((1000, 0), Pots(wallet));
        Assert.Single(Entries(wallet));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(buyer.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 1000);
    }

    [Fact]
    public async Task AsksForARecentLoginBeforeSpendingAndPaysAfterTheUserLogsInAgain()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        await PaidTopUpAsync(buyer, 10000);
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");
        var loggedInLongAgo = DateTimeOffset.UtcNow.AddHours(-2);
        await App.ReadAsync(db => db.RefreshTokens.ExecuteUpdateAsync(u => u.SetProperty(t => t.CreatedAt, loggedInLongAgo)));

        var refused = await PayWithBalanceAsync(buyer, Id(order), "recent-login-key");
        var balanceAfterRefusal = await MyWalletAsync(buyer);
        var again = await SignInAsync("o_buyer");
        var paid = await PayWithBalanceAsync(again, Id(order), "recent-login-key");

        Assert.Equal([("RecentLoginRequiredError", "WALLET_RECENT_LOGIN_REQUIRED")], refused.PayloadErrors());
        Assert.Equal((10000, 1000), Pots(balanceAfterRefusal));
        Assert.Empty(paid.PayloadErrors());
        Assert.Equal(6100, paid.GetProperty("payment").GetProperty("balance").GetProperty("fen").GetInt64());
    }

    [Fact]
    public async Task RequiresAnIdempotencyKeyToPayFromTheBalance()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var order = (await CreateOrderAsync(buyer, course.Id)).GetProperty("order");

        var checkout = (await buyer.Client.QueryAsync(
            "mutation($input: CheckoutInput!) { checkout(input: $input) { errors { __typename } } }",
            new { input = new { orderId = Id(order), method = "BALANCE" } })).GetProperty("checkout");

        Assert.Equal([("InvalidInputError", null)], checkout.PayloadErrors());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BalancePaymentTestsOnSqlite(SqliteApp app) : BalancePaymentTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class BalancePaymentTestsOnPostgreSql(PostgreSqlApp app) : BalancePaymentTests(app);
