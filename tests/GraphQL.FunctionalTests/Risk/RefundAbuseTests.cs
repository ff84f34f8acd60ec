using System.Text.Json;
using KnowledgePay.Domain.Learning;
using KnowledgePay.GraphQL.Conventions.Ids;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Risk;

/// <summary>Refund abuse (Risk:RefundAbuse, defaults: 3 refunds in 30 days) flags the learner and holds their own refunds.</summary>
public abstract class RefundAbuseTests(KnowledgePayApp app) : RiskTest(app)
{
    [Fact]
    public async Task FlagsTheLearnerAtTheThirdRefundInAMonthAndRefusesTheirNextRefundRequest()
    {
        var buyer = await SignInAsync("o_refunder");
        var admin = await AdminAsync();
        await BuyAndRefundAsync(buyer);
        await BuyAndRefundAsync(buyer);
        var afterTwo = await FlagsAsync(admin);
        await BuyAndRefundAsync(buyer);
        var course = await AddPaidCourseAsync();
        var fourth = await PaidOrderAsync(buyer, course.Id);

        var refused = await RequestRefundAsync(buyer, Id(fourth));

        Assert.Empty(afterTwo);
        var flag = Assert.Single(await FlagsAsync(admin, "rule: REFUND_ABUSE"));
        Assert.Equal(buyer.UserId, Text(flag, "userId"));
        Assert.Equal("NO_LEARNER_REFUNDS", Text(flag, "restriction"));
        Assert.Equal("OPEN", Text(flag, "status"));
        var evidence = JsonDocument.Parse(Text(flag, "evidence")!).RootElement;
        Assert.Equal(3, evidence.GetProperty("refunds").GetInt32());
        Assert.Equal(30, evidence.GetProperty("windowDays").GetInt32());
        Assert.Equal([("RefundRestrictedError", "REFUND_RESTRICTED")], refused.PayloadErrors());
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(fourth))));
        Assert.Empty((await OrderAsync(buyer.Client, Id(fourth))).GetProperty("refunds").EnumerateArray());
        Assert.Equal(["NO_LEARNER_REFUNDS"], await RestrictionsAsync(buyer));
    }

    [Fact]
    public async Task AnOperatorStillRefundsARestrictedLearnerAndClearingTheFlagLiftsTheRestriction()
    {
        var buyer = await SignInAsync("o_refunder");
        var admin = await AdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await BuyAndRefundAsync(buyer);
        }

        var flagId = Text(Assert.Single(await FlagsAsync(admin)), "id")!;
        var first = await PaidOrderAsync(buyer, (await AddPaidCourseAsync()).Id);
        var second = await PaidOrderAsync(buyer, (await AddPaidCourseAsync()).Id);

        var byOperator = await IssueRefundAsync(admin, Id(first), amountFen: null);
        var refunded = await WaitForStatusAsync(admin.Client, Id(first), "REFUNDED");
        await App.DrainOutboxAsync();
        var cleared = await ReviewAsync(admin, flagId, "CLEAR", "Courses were broken that week");
        var restrictionsAfterClear = await RestrictionsAsync(buyer);
        var byLearner = await RequestRefundAsync(buyer, Id(second));

        Assert.Empty(byOperator.PayloadErrors());
        Assert.Equal("REFUNDED", Status(refunded));
        Assert.Empty(cleared.PayloadErrors());
        Assert.Equal("CLEARED", Text(cleared.GetProperty("flag"), "status"));
        Assert.Equal(1, cleared.GetProperty("flag").GetProperty("occurrences").GetInt32());
        Assert.Empty(restrictionsAfterClear);
        Assert.Empty(byLearner.PayloadErrors());
        Assert.Equal("REFUNDED", Status(await WaitForStatusAsync(buyer.Client, Id(second), "REFUNDED")));
        await App.DrainOutboxAsync();

        // The cleared flag's refunds were judged honest: one more refund after it is no abuse.
        Assert.Equal(["CLEARED"], (await FlagsAsync(admin)).Select(f => Text(f, "status")));
    }

    [Fact]
    public async Task DoesNotFlagALearnerWithOneRefundInAMonthOrRefundsSpreadBeyondTheWindow()
    {
        var honest = await SignInAsync("o_honest");
        var spread = await SignInAsync("o_spread");
        var admin = await AdminAsync();
        await PaidOrderAsync(honest, (await AddPaidCourseAsync()).Id);
        await BuyAndRefundAsync(honest);
        await PaidOrderAsync(honest, (await AddPaidCourseAsync()).Id);
        await BuyAndRefundAsync(spread);
        await BuyAndRefundAsync(spread);
        await AdvanceAsync(TimeSpan.FromDays(31));
        await BuyAndRefundAsync(spread);

        Assert.Empty(await FlagsAsync(admin));
        Assert.Empty(await RestrictionsAsync(honest));
        Assert.Empty(await RestrictionsAsync(spread));
        Assert.Equal(0, await App.ReadAsync(db => db.RiskFlags.CountAsync()));
    }

    [Fact]
    public async Task FlagsWhenHalfOfFourPaidOrdersAreRefunded()
    {
        var buyer = await SignInAsync("o_half");
        var admin = await AdminAsync();
        await PaidOrderAsync(buyer, (await AddPaidCourseAsync()).Id);
        await PaidOrderAsync(buyer, (await AddPaidCourseAsync()).Id);
        await BuyAndRefundAsync(buyer);
        var beforeHalf = await FlagsAsync(admin);

        await BuyAndRefundAsync(buyer);

        Assert.Empty(beforeHalf);
        var evidence = JsonDocument.Parse(Text(Assert.Single(await FlagsAsync(admin)), "evidence")!).RootElement;
        Assert.Equal(2, evidence.GetProperty("refunds").GetInt32());
        Assert.Equal(4, evidence.GetProperty("paidOrders").GetInt32());
        Assert.Equal(2, evidence.GetProperty("refundedOrders").GetInt32());
    }

    [Fact]
    public async Task ARefundAfterOpeningPartOfTheCourseCountsTwice()
    {
        var buyer = await SignInAsync("o_reader");
        var admin = await AdminAsync();
        await BuyAndRefundAsync(buyer);
        var course = await AddPaidCourseAsync(lessons: 10);
        var order = await PaidOrderAsync(buyer, course.Id);
        var paidLesson = course.Chapters.Single().Lessons.ElementAt(1);
        await App.AddAsync(LessonOpening.Record(GlobalId.Decode(buyer.UserId).Id, course.Id, paidLesson.Id, App.Clock.GetUtcNow()));

        Assert.Empty((await RequestRefundAsync(buyer, Id(order))).PayloadErrors());
        await WaitForStatusAsync(buyer.Client, Id(order), "REFUNDED");
        await App.DrainOutboxAsync();

        var evidence = JsonDocument.Parse(Text(Assert.Single(await FlagsAsync(admin)), "evidence")!).RootElement;
        Assert.Equal(2, evidence.GetProperty("refunds").GetInt32());
        Assert.Equal(1, evidence.GetProperty("consumedRefunds").GetInt32());
    }

    [Fact]
    public async Task ErasingTheAccountDetachesItsFlagsAndKeepsTheEvidence()
    {
        var buyer = await SignInAsync("o_refunder");
        for (var i = 0; i < 3; i++)
        {
            await BuyAndRefundAsync(buyer);
        }

        var userId = GlobalId.Decode(buyer.UserId).Id;
        await App.EraseAccountAsync(userId);

        var flag = await App.ReadAsync(db => db.RiskFlags.SingleAsync());
        Assert.Null(flag.UserId);
        Assert.DoesNotContain(userId.ToString(), flag.Subject + flag.Evidence);
        Assert.Contains("\"refunds\":3", flag.Evidence);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RefundAbuseTestsOnSqlite(SqliteApp app) : RefundAbuseTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class RefundAbuseTestsOnPostgreSql(PostgreSqlApp app) : RefundAbuseTests(app);
