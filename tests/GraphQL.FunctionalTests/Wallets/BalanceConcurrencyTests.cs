using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Wallets;

public abstract class BalanceConcurrencyTests(KnowledgePayApp app) : WalletTest(app)
{
    private const int Spends = 50;
    private const long PriceFen = 1000;

    [Fact]
    public async Task NeverOverdrawsTheBalanceWhenFiftyPurchasesSpendItAtOnce()
    {
        var buyer = await SignInAsync("o_buyer");
        await PaidTopUpAsync(buyer, 10000);
        var creator = ACreator();
        var category = ACategory();
        var courses = Enumerable.Range(0, Spends).Select(_ => ACourse().By(creator).In(category).PricedAt(PriceFen).Published().Build()).ToList();
        await App.AddAsync([creator, category, .. courses]);
        var orders = new List<string>();
        foreach (var course in courses)
        {
            orders.Add(Id((await CreateOrderAsync(buyer, course.Id)).GetProperty("order")));
        }

        var outcomes = await Task.WhenAll(orders.Select(order => PayWithBalanceAsync(buyer, order)));
        var wallet = await MyWalletAsync(buyer);
        var statuses = await Task.WhenAll(orders.Select(async order => Status(await OrderAsync(buyer.Client, order))));

        var paid = outcomes.Count(o => o.PayloadErrors().Count == 0);
        Assert.Equal(11, paid);
        Assert.All(outcomes.Where(o => o.PayloadErrors().Count > 0),
            o => Assert.Equal([("InsufficientBalanceError", "WALLET_INSUFFICIENT_BALANCE")], o.PayloadErrors()));
        Assert.Equal(11, statuses.Count(s => s == "PAID"));
        Assert.Equal((0, 0), Pots(wallet));
        Assert.Equal(11, Entries(wallet).Count(e => e.Kind == "SPEND"));
        Assert.All(Entries(wallet), e => Assert.True(e.BalanceAfter >= 0));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 10000 + 11 * PriceFen);
        await AssertBooksBalancedAsync(await AdminAsync());
    }

    [Fact]
    public async Task SpendsOnceWhenTheSameBalanceCheckoutIsRetriedConcurrently()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        await PaidTopUpAsync(buyer, 10000);
        var order = Id((await CreateOrderAsync(buyer, course.Id)).GetProperty("order"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => PayWithBalanceAsync(buyer, order, "same-retry-key")));
        var wallet = await MyWalletAsync(buyer);

        Assert.All(outcomes, o => Assert.Empty(o.PayloadErrors()));
        Assert.All(outcomes, o => Assert.Equal(6100, o.GetProperty("payment").GetProperty("balance").GetProperty("fen").GetInt64()));
        Assert.Equal((5100, 1000), Pots(wallet));
        Assert.Single(Entries(wallet), e => e.Kind == "SPEND");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BalanceConcurrencyTestsOnSqlite(SqliteApp app) : BalanceConcurrencyTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class BalanceConcurrencyTestsOnPostgreSql(PostgreSqlApp app) : BalanceConcurrencyTests(app);
