using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.GroupBuying;

/// <summary>A group fills with paid members only, never past its size, and then opens the course for every member.</summary>
public abstract class GroupBuyTests(KnowledgePayApp app) : GroupBuyTest(app)
{
    [Fact]
    public async Task EveryMemberGetsTheCourseWhenTheLastSeatIsPaidAndNotBefore()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);
        var (a, b, c) = (await SignInAsync("o_a"), await SignInAsync("o_b"), await SignInAsync("o_c"));

        var leader = await PaidMemberAsync(a, course.Id, dealId);
        var groupId = GroupId(leader);
        var lessonsWhileOpen = Bodies(await LessonsAsync(a.Client, course.Id));
        await PaidMemberAsync(b, course.Id, dealId, groupId);
        var beforeLast = await GroupAsync(groupId);
        await PaidMemberAsync(c, course.Id, dealId, groupId);

        Assert.Equal(GroupPriceFen, leader.GetProperty("amount").GetProperty("fen").GetInt64());
        Assert.Equal([BodyOf(0), null, null], lessonsWhileOpen);
        Assert.Equal("OPEN", beforeLast.GetProperty("status").GetString());
        Assert.Equal(1, beforeLast.GetProperty("seatsLeft").GetInt32());
        var group = await GroupAsync(groupId);
        Assert.Equal("COMPLETED", group.GetProperty("status").GetString());
        Assert.Equal(3, group.GetProperty("paidCount").GetInt32());
        Assert.Equal(0, group.GetProperty("seatsLeft").GetInt32());
        Assert.Equal([true, false, false], group.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("isLeader").GetBoolean()));
        foreach (var member in new[] { a, b, c })
        {
            Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(member.Client, course.Id)));
        }

        var mine = (await a.Client.QueryAsync("{ myGroupBuys { nodes { isLeader status orderId group { id status } } } }")).Nodes("myGroupBuys");
        var seat = Assert.Single(mine);
        Assert.True(seat.GetProperty("isLeader").GetBoolean());
        Assert.Equal("PAID", seat.GetProperty("status").GetString());
        Assert.Equal(Id(leader), seat.GetProperty("orderId").GetString());
        Assert.Equal("COMPLETED", seat.GetProperty("group").GetProperty("status").GetString());
        await AssertLedgerBalancedAsync(await AdminAsync(), paidFen: 3 * GroupPriceFen);
    }

    [Fact]
    public async Task ThirtyConcurrentJoinsFillTheGroupExactlyToItsSize()
    {
        const int Size = 5;
        const int Joiners = 30;
        var (course, dealId) = await DealAsync(Size);
        var leader = await ReservedAsync(await SignInAsync("o_leader"), course.Id, dealId);
        var groupId = GroupId(leader);
        var joiners = new List<Session>();
        foreach (var batch in Enumerable.Range(0, Joiners).Chunk(10))
        {
            // The login throttle counts per minute from one address; thirty learners come from thirty phones.
            App.Services.GetRequiredService<ResettableLoginThrottle>().Reset();
            joiners.AddRange(await Task.WhenAll(batch.Select(i => SignInAsync($"o_joiner_{i}"))));
        }

        var results = await Task.WhenAll(joiners.Select(j => JoinAsync(j, course.Id, dealId, groupId)));

        Assert.Equal(Size - 1, results.Count(r => r.PayloadErrors().Count == 0));
        Assert.All(results.Where(r => r.PayloadErrors().Count > 0),
            r => Assert.Equal([("GroupFullError", GroupBuyErrors.GroupFullCode)], r.PayloadErrors()));
        var id = Decode(groupId);
        var group = await App.ReadAsync(db => db.GroupBuys.AsNoTracking().SingleAsync(g => g.Id == id));
        Assert.Equal(Size, group.SeatsTaken);
        Assert.Equal(Size, await App.ReadAsync(db => db.GroupBuyMembers.CountAsync(m => m.GroupBuyId == id)));
        Assert.Equal(Size, await App.ReadAsync(db => db.Orders.CountAsync()));
        Assert.Equal(0, (await GroupAsync(groupId)).GetProperty("seatsLeft").GetInt32());
    }

    [Fact]
    public async Task AnUnpaidSeatIsReleasedWhenItsOrderClosesAndNeverFillsTheGroup()
    {
        var (course, dealId) = await DealAsync(groupSize: 2);
        var (a, b, c) = (await SignInAsync("o_a"), await SignInAsync("o_b"), await SignInAsync("o_c"));
        var groupId = GroupId(await PaidMemberAsync(a, course.Id, dealId));
        var unpaid = await ReservedAsync(b, course.Id, dealId, groupId);
        var whileHeld = await JoinAsync(c, course.Id, dealId, groupId);

        var cancelled = (await b.Client.QueryAsync(
            $"mutation($input: CancelOrderInput!) {{ cancelOrder(input: $input) {{ order {{ status }} {Failure} }} }}",
            new { input = new { orderId = Id(unpaid) } })).GetProperty("cancelOrder");
        var afterRelease = await GroupAsync(groupId);
        await PaidMemberAsync(c, course.Id, dealId, groupId);

        Assert.Equal([("GroupFullError", GroupBuyErrors.GroupFullCode)], whileHeld.PayloadErrors());
        Assert.Empty(cancelled.PayloadErrors());
        Assert.Equal(1, afterRelease.GetProperty("seatsLeft").GetInt32());
        Assert.Equal("COMPLETED", (await GroupAsync(groupId)).GetProperty("status").GetString());
        Assert.Equal([BodyOf(0), null, null], Bodies(await LessonsAsync(b.Client, course.Id)));
        Assert.Equal([BodyOf(0), BodyOf(1), BodyOf(2)], Bodies(await LessonsAsync(c.Client, course.Id)));
        var seatB = Assert.Single((await b.Client.QueryAsync("{ myGroupBuys { nodes { status } } }")).Nodes("myGroupBuys"));
        Assert.Equal("RELEASED", seatB.GetProperty("status").GetString());
    }

    [Fact]
    public async Task OneGroupPerLearnerPerOffer()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);
        var a = await SignInAsync("o_a");
        var b = await SignInAsync("o_b");
        var groupId = GroupId(await ReservedAsync(a, course.Id, dealId));
        var otherGroupId = GroupId(await ReservedAsync(b, course.Id, dealId));

        var again = await JoinAsync(a, course.Id, dealId, groupId);
        var second = await JoinAsync(a, course.Id, dealId);
        var other = await JoinAsync(a, course.Id, dealId, otherGroupId);

        Assert.Equal([("GroupBuyAlreadyJoinedError", GroupBuyErrors.AlreadyJoinedCode)], again.PayloadErrors());
        Assert.Equal([("GroupBuyAlreadyJoinedError", GroupBuyErrors.AlreadyJoinedCode)], second.PayloadErrors());
        Assert.Equal([("GroupBuyAlreadyJoinedError", GroupBuyErrors.AlreadyJoinedCode)], other.PayloadErrors());
        Assert.Equal(2, await App.ReadAsync(db => db.Orders.CountAsync()));
        Assert.Equal(2, await App.ReadAsync(db => db.GroupBuys.CountAsync()));
    }

    [Fact]
    public async Task JoiningAnExpiredGroupOrAnEndedDealIsRefusedAndChangesNothing()
    {
        var (course, dealId) = await DealAsync(groupSize: 3);
        var groupId = GroupId(await ReservedAsync(await SignInAsync("o_a"), course.Id, dealId));
        var b = await SignInAsync("o_b");
        var id = Decode(groupId);
        await App.ReadAsync(db => db.GroupBuys.Where(g => g.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(g => g.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var expired = await JoinAsync(b, course.Id, dealId, groupId);
        var ended = (await (await AdminAsync()).Client.QueryAsync(
            $"mutation($input: EndGroupBuyDealInput!) {{ endGroupBuyDeal(input: $input) {{ deal {{ id }} {Failure} }} }}",
            new { input = new { dealId } })).GetProperty("endGroupBuyDeal");
        var afterEnd = await JoinAsync(b, course.Id, dealId);

        Assert.Equal([("GroupExpiredError", GroupBuyErrors.GroupExpiredCode)], expired.PayloadErrors());
        Assert.Empty(ended.PayloadErrors());
        Assert.Equal([("GroupBuyDealNotActiveError", GroupBuyErrors.DealNotActiveCode)], afterEnd.PayloadErrors());
        Assert.Equal(1, await App.ReadAsync(db => db.Orders.CountAsync()));
        Assert.Equal(1, await App.ReadAsync(db => db.GroupBuyMembers.CountAsync()));
    }

    [Fact]
    public async Task TheQuoteShowsTheGroupPriceAsAStep()
    {
        var (course, dealId) = await DealAsync(groupSize: 2);

        var quote = (await App.Client.QueryAsync(
            "query($input: QuoteInput!) { quote(input: $input) { total { fen } lines { steps { kind amount } } } }",
            new { input = new { lines = new[] { new { courseId = GlobalId.Encode("Course", course.Id) } }, groupBuy = new { dealId } } }))
            .GetProperty("quote");

        Assert.Equal(GroupPriceFen, quote.GetProperty("total").GetProperty("fen").GetInt64());
        Assert.Equal(
            ["LIST_PRICE", "GROUP_BUY"],
            quote.GetProperty("lines")[0].GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task ADealPriceBelowTheOffersGuardrailsIsRefused()
    {
        var course = await AddPaidCourseAsync();
        var admin = await AdminAsync();

        var free = await CreateDealAsync(admin, course.Id, groupSize: 3, priceFen: 0);
        var tooLarge = await CreateDealAsync(admin, course.Id, groupSize: 11);
        var created = await CreateDealAsync(admin, course.Id, groupSize: 3);
        var overlapping = await CreateDealAsync(admin, course.Id, groupSize: 2);

        Assert.Equal("InvalidInputError", free.PayloadErrors().Single().Type);
        Assert.Equal([("GroupBuyDealInvalidError", GroupBuyErrors.InvalidDealCode)], tooLarge.PayloadErrors());
        Assert.Empty(created.PayloadErrors());
        Assert.Equal([("GroupBuyDealOverlapsError", GroupBuyErrors.DealOverlapsCode)], overlapping.PayloadErrors());
        Assert.Equal(1, await App.ReadAsync(db => db.GroupBuyDeals.CountAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GroupBuyTestsOnSqlite(SqliteApp app) : GroupBuyTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class GroupBuyTestsOnPostgreSql(PostgreSqlApp app) : GroupBuyTests(app);
