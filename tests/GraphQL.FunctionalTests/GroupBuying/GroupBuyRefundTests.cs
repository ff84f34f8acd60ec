using KnowledgePay.Application.GroupBuying.Commands.FailExpiredGroupBuys;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using KnowledgePay.Infrastructure.Data;
using KnowledgePay.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.GroupBuying;

/// <summary>A group whose time runs out fails once; each paid member gets their money back once, through WeChat Pay.</summary>
public abstract class GroupBuyRefundTests(KnowledgePayApp app) : GroupBuyTest(app)
{
    [Fact]
    public async Task AnExpiredGroupRefundsEachPaidMemberOnceAndClosesTheUnpaidOrder()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);
        var (a, b, c) = (await SignInAsync("o_a"), await SignInAsync("o_b"), await SignInAsync("o_c"));
        var leader = await PaidMemberAsync(a, course.Id, dealId);
        var groupId = GroupId(leader);
        var second = await PaidMemberAsync(b, course.Id, dealId, groupId);
        var unpaid = await ReservedAsync(c, course.Id, dealId, groupId);
        await ExpireAsync(groupId);

        var first = await RunSystemCommandAsync(new FailExpiredGroupBuysCommand(BatchSize: 10));
        var again = await RunSystemCommandAsync(new FailExpiredGroupBuysCommand(BatchSize: 10));
        await App.DrainOutboxAsync();
        var refundedA = await WaitForStatusAsync(a.Client, Id(leader), "REFUNDED");
        var refundedB = await WaitForStatusAsync(b.Client, Id(second), "REFUNDED");
        await RedeliverFailureAsync();
        await App.DrainOutboxAsync();

        Assert.Equal((1, 0), (first, again));
        Assert.Equal("FAILED", (await GroupAsync(groupId)).GetProperty("status").GetString());
        foreach (var refunded in new[] { refundedA, refundedB })
        {
            Assert.Equal(GroupPriceFen, refunded.GetProperty("refundedFen").GetInt64());
            Assert.Equal(["SUCCEEDED"], refunded.GetProperty("refunds").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        }

        var closed = (await c.Client.QueryAsync("query($id: ID!) { order(id: $id) { status closeReason } }", new { id = Id(unpaid) })).GetProperty("order");
        Assert.Equal(("CLOSED", "GROUP_BUY_FAILED"), (Status(closed), closed.GetProperty("closeReason").GetString()));
        Assert.Equal(2, await App.WeChat.CallsAsync("refundCreate"));
        var statuses = await App.ReadAsync(db => db.GroupBuyMembers.AsNoTracking().OrderBy(m => m.JoinedAt).Select(m => m.Status).ToListAsync());
        Assert.Equal([GroupBuyMemberStatus.Refunded, GroupBuyMemberStatus.Refunded, GroupBuyMemberStatus.Released], statuses);
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(a.Client, course.Id)));
        var admin = await AdminAsync();
        await AssertLedgerBalancedAsync(admin, paidFen: 2 * GroupPriceFen, refundedFen: 2 * GroupPriceFen);
        var books = (await admin.Client.QueryAsync("{ books { balanced problems { kind message } } }")).GetProperty("books");
        Assert.True(books.GetProperty("balanced").GetBoolean(), books.ToString());
    }

    [Fact]
    public async Task AfterAFailedGroupTheLearnerMayJoinAnotherGroupOfTheOffer()
    {
        var (course, dealId) = await DealAsync(groupSize: 2);
        var a = await SignInAsync("o_a");
        var groupId = GroupId(await PaidMemberAsync(a, course.Id, dealId));
        await ExpireAsync(groupId);
        await RunSystemCommandAsync(new FailExpiredGroupBuysCommand(BatchSize: 10));
        await App.DrainOutboxAsync();

        var reopened = await JoinAsync(a, course.Id, dealId);

        Assert.Empty(reopened.PayloadErrors());
        Assert.NotEqual(groupId, GroupId(reopened.GetProperty("order")));
    }

    [Fact]
    public async Task APaymentThatArrivesAfterItsGroupFailedIsRefundedOnceAndGrantsNothing()
    {
        var (course, dealId) = await DealAsync(groupSize: 2);
        var a = await SignInAsync("o_a");
        var late = await ReservedAsync(a, course.Id, dealId);
        var groupId = GroupId(late);
        await ExpireAsync(groupId);
        await RunSystemCommandAsync(new FailExpiredGroupBuysCommand(BatchSize: 10));

        // WeChat Pay took the money before the product got round to closing the order there.
        await PayAsync(a, late);
        await App.DrainOutboxAsync();
        var refunded = await WaitForStatusAsync(a.Client, Id(late), "REFUNDED");
        await App.DrainOutboxAsync();

        Assert.Equal("FAILED", (await GroupAsync(groupId)).GetProperty("status").GetString());
        Assert.Equal(GroupPriceFen, refunded.GetProperty("refundedFen").GetInt64());
        Assert.Equal(1, await App.WeChat.CallsAsync("refundCreate"));
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(a.Client, course.Id)));
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: GroupPriceFen, refundedFen: GroupPriceFen);
    }

    private Task<int> ExpireAsync(string groupId)
    {
        var id = Decode(groupId);
        return App.ReadAsync(db => db.GroupBuys.Where(g => g.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
    }

    /// <summary>Stores the failure event a second time, as a redelivery after a crash between handling and recording would.</summary>
    private async Task RedeliverFailureAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Type == typeof(GroupBuyFailedEvent).FullName);
        db.OutboxMessages.Add(OutboxMessage.Store(stored.Type, stored.Payload, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GroupBuyRefundTestsOnSqlite(SqliteApp app) : GroupBuyRefundTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class GroupBuyRefundTestsOnPostgreSql(PostgreSqlApp app) : GroupBuyRefundTests(app);
