using System.Text.Json;
using KnowledgePay.Application.Common.Events;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Wallets;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.GraphQL.FunctionalTests.Orders;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Bookkeeping;

/// <summary>The books an operator checks: a WeChat Pay purchase and its refunds balance them; a stray posting does not.</summary>
public abstract class BooksTests(KnowledgePayApp app) : OrdersTest(app)
{
    private const string BooksQuery = "{ books { balanced problems { kind message reference } accounts { account balance { fen } } } }";

    private const string JournalQuery = """
        query($first: Int, $after: String, $userId: ID, $where: JournalPostingFilterInput) {
          journal(first: $first, after: $after, userId: $userId, where: $where) {
            nodes { transactionKey leg account userId amount { fen } cause orderId at }
            pageInfo { hasNextPage endCursor }
            totalCount
          }
        }
        """;

    [Fact]
    public async Task AWeChatPayPurchaseAndAPartialAndAFullRefundLeaveTheBooksBalanced()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var order = await PaidOrderAsync(buyer, course.Id);
        var afterPayment = await BooksAsync(admin);

        Assert.Empty((await IssueRefundAsync(admin, Id(order), amountFen: 1000)).PayloadErrors());
        await WaitForStatusAsync(buyer.Client, Id(order), "PARTIALLY_REFUNDED");
        var afterPartial = await BooksAsync(admin);
        Assert.Empty((await IssueRefundAsync(admin, Id(order), amountFen: null)).PayloadErrors());
        await WaitForStatusAsync(buyer.Client, Id(order), "REFUNDED");
        var afterFull = await BooksAsync(admin);

        Assert.True(afterPayment.GetProperty("balanced").GetBoolean());
        Assert.Equal((4900, -4900), (Balance(afterPayment, "PLATFORM_REVENUE"), Balance(afterPayment, "WECHAT_PAY_CLEARING")));
        Assert.True(afterPartial.GetProperty("balanced").GetBoolean());
        Assert.Equal((3900, -3900), (Balance(afterPartial, "PLATFORM_REVENUE"), Balance(afterPartial, "WECHAT_PAY_CLEARING")));
        Assert.True(afterFull.GetProperty("balanced").GetBoolean());
        Assert.Empty(afterFull.GetProperty("problems").EnumerateArray());
        Assert.All(afterFull.GetProperty("accounts").EnumerateArray(), a => Assert.Equal(0, a.GetProperty("balance").GetProperty("fen").GetInt64()));
        await AssertLedgerBalancedAsync(admin, paidFen: 4900, refundedFen: 4900);
    }

    [Fact]
    public async Task PagesThroughTheJournalNewestFirst()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        var order = await PaidOrderAsync(buyer, course.Id);
        Assert.Empty((await IssueRefundAsync(admin, Id(order), amountFen: 1000)).PayloadErrors());
        await WaitForStatusAsync(buyer.Client, Id(order), "PARTIALLY_REFUNDED");

        var first = await JournalAsync(admin, new { first = 2 });
        var rest = await JournalAsync(admin, new { first = 10, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() });
        var paidOnly = await JournalAsync(admin, new { where = new { cause = new { eq = "ORDER_PAID" } } });

        Assert.Equal(4, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(new string?[] { "ORDER_REFUNDED", "ORDER_REFUNDED", "ORDER_PAID", "ORDER_PAID" }, Causes(first).Concat(Causes(rest)));
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(
            [("WECHAT_PAY_CLEARING", -4900L), ("PLATFORM_REVENUE", 4900L)],
            paidOnly.GetProperty("nodes").EnumerateArray()
                .OrderBy(p => p.GetProperty("leg").GetInt32())
                .Select(p => (p.GetProperty("account").GetString(), p.GetProperty("amount").GetProperty("fen").GetInt64())));
        Assert.All(paidOnly.GetProperty("nodes").EnumerateArray(), p => Assert.Equal(Id(order), p.GetProperty("orderId").GetString()));
    }

    [Fact]
    public async Task NarrowsTheJournalToOneUsersWalletAndBonus()
    {
        var buyer = await SignInAsync("o_buyer");
        var other = await SignInAsync("o_other");
        var admin = await AdminAsync();
        await RaiseAsync(new WalletMovedEvent(
            Guid.CreateVersion7(), Guid.CreateVersion7(), GlobalId.Decode(buyer.UserId).Id, WalletMovementKind.TopUp, 10000, 500, null, null, DateTimeOffset.UtcNow));

        var buyersOwn = await JournalAsync(admin, new { userId = buyer.UserId });
        var othersOwn = await JournalAsync(admin, new { userId = other.UserId });
        var books = await BooksAsync(admin);

        Assert.Equal(
            [("USER_WALLET", 10000L), ("USER_BONUS", 500L)],
            buyersOwn.GetProperty("nodes").EnumerateArray()
                .OrderBy(p => p.GetProperty("leg").GetInt32())
                .Select(p => (p.GetProperty("account").GetString(), p.GetProperty("amount").GetProperty("fen").GetInt64())));
        Assert.All(buyersOwn.GetProperty("nodes").EnumerateArray(), p => Assert.Equal(buyer.UserId, p.GetProperty("userId").GetString()));
        Assert.Equal(0, othersOwn.GetProperty("totalCount").GetInt32());
        Assert.True(books.GetProperty("balanced").GetBoolean());
        Assert.Equal((-10000, -500), (Balance(books, "WECHAT_PAY_CLEARING"), Balance(books, "BONUS_FUNDING")));
    }

    [Fact]
    public async Task APostingWrittenStraightIntoTheDatabaseUnbalancesTheBooksAndIsNamed()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var admin = await AdminAsync();
        await PaidOrderAsync(buyer, course.Id);
        await InsertStrayPostingAsync("stray:1", JournalAccount.PlatformRevenue, 123);

        var books = await BooksAsync(admin);

        Assert.False(books.GetProperty("balanced").GetBoolean());
        Assert.Equal(
            [("JOURNAL_UNBALANCED", "journal"), ("TRANSACTION_UNBALANCED", "stray:1")],
            books.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("reference").GetString())));
        Assert.Contains("123", books.GetProperty("problems")[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(5023, Balance(books, "PLATFORM_REVENUE"));
    }

    [Theory]
    [InlineData("{ books { balanced } }")]
    [InlineData("{ journal { totalCount } }")]
    public async Task OnlyAdminsSeeTheBooks(string query)
    {
        var learner = await SignInAsync("o_learner");
        var admin = await AdminAsync();

        var anonymous = await Client.PostGraphQLAsync(query);
        var asLearner = await learner.Client.PostGraphQLAsync(query);
        var asAdmin = await admin.Client.PostGraphQLAsync(query);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.Errors);
    }

    private static async Task<JsonElement> BooksAsync(Session admin) => (await admin.Client.QueryAsync(BooksQuery)).GetProperty("books");

    private static async Task<JsonElement> JournalAsync(Session admin, object variables) =>
        (await admin.Client.QueryAsync(JournalQuery, variables)).GetProperty("journal");

    private static long Balance(JsonElement books, string account) =>
        books.GetProperty("accounts").EnumerateArray()
            .Single(a => a.GetProperty("account").GetString() == account)
            .GetProperty("balance").GetProperty("fen").GetInt64();

    private static IEnumerable<string?> Causes(JsonElement journal) =>
        journal.GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("cause").GetString());

    private async Task<JsonElement> PaidOrderAsync(Session buyer, Guid courseId)
    {
        var order = await CheckedOutOrderAsync(buyer, courseId);
        await App.WeChat.PayAsync(Number(order));
        Assert.Equal("PAID", Status(await WaitForStatusAsync(buyer.Client, Id(order), "PAID")));
        return order;
    }

    /// <summary>Publishes a domain event to its in-transaction handlers and saves, as the save carrying it would.</summary>
    private async Task RaiseAsync(IDomainEvent domainEvent)
    {
        using var scope = App.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().PublishDomainEventAsync(domainEvent, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IApplicationDbContext>().SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>A posting the domain would refuse (its transaction has no other leg), written through EF past the domain.</summary>
    private async Task InsertStrayPostingAsync(string key, JournalAccount account, long amountFen)
    {
        using var scope = App.Services.CreateScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var entry = db.Add((JournalPosting)Activator.CreateInstance(typeof(JournalPosting), nonPublic: true)!);
        entry.Property(p => p.TransactionKey).CurrentValue = key;
        entry.Property(p => p.Account).CurrentValue = account;
        entry.Property(p => p.AmountFen).CurrentValue = amountFen;
        entry.Property(p => p.Cause).CurrentValue = JournalCause.OrderPaid;
        entry.Property(p => p.At).CurrentValue = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BooksTestsOnSqlite(SqliteApp app) : BooksTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class BooksTestsOnPostgreSql(PostgreSqlApp app) : BooksTests(app);
