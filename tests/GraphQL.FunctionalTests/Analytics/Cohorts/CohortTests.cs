using System.Text.Json;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Cohorts;

/// <summary>
/// <c>analyticsCohorts</c> through /graphql over orders, behaviour events and users written straight to the database,
/// on a fixed calendar: the app's clock stands at noon on 2026-05-20 in Beijing, so June has not begun.
/// </summary>
public abstract class CohortTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private const string CohortsQuery = """
        query($range: AnalyticsRangeInput!, $basis: CohortBasis!, $periods: Int!) {
          analyticsCohorts(range: $range, basis: $basis, periods: $periods) {
            bucket timeZone
            cohorts {
              start end users lifetimeValueFen
              periods { index start end activeLearners purchasers revenueFen retention purchaseRate cumulativeRevenuePerUserFen }
            }
          }
        }
        """;

    private static readonly DateTimeOffset Now = Beijing(2026, 5, 20, 12, 0);

    private Guid _courseId;

    [Fact]
    public async Task FirstPurchaseCohortsFollowLearningRepeatPurchasesAndNetRevenueMonthByMonth()
    {
        var admin = await AdminAtNowAsync();
        Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7(), c = Guid.CreateVersion7(), d = Guid.CreateVersion7(), e = Guid.CreateVersion7();
        await App.AddAsync(
            Paid(a, 10000, Beijing(2026, 1, 10, 10, 0)),
            Event(a, BehaviourEventKind.LessonStart, Beijing(2026, 1, 12, 9, 0)),
            Event(a, BehaviourEventKind.Progress, Beijing(2026, 2, 15, 9, 0)),
            Event(a, BehaviourEventKind.LessonComplete, Beijing(2026, 2, 20, 9, 0)),
            Paid(a, 5000, Beijing(2026, 3, 5, 10, 0), refundFen: 2000),
            Paid(a, 1000, Beijing(2026, 5, 5, 10, 0)),
            Paid(b, 8000, Beijing(2026, 1, 31, 23, 30), refundFen: 3000),
            Event(b, BehaviourEventKind.Progress, Beijing(2026, 4, 1, 0, 10)),
            TopUp(c, 10000, Beijing(2026, 1, 20, 10, 0)),
            Event(c, BehaviourEventKind.LessonStart, Beijing(2026, 1, 25, 10, 0)),
            Paid(c, 6000, Beijing(2026, 2, 1, 0, 30)),
            Event(c, BehaviourEventKind.LessonComplete, Beijing(2026, 3, 10, 10, 0)),
            Paid(c, 4000, Beijing(2026, 5, 10, 10, 0)),
            Paid(d, 9900, Beijing(2025, 12, 15, 10, 0)),
            Paid(d, 3000, Beijing(2026, 1, 20, 10, 0)),
            Event(d, BehaviourEventKind.LessonStart, Beijing(2026, 1, 21, 10, 0)),
            Paid(e, 2000, Beijing(2026, 3, 15, 10, 0)),
            Event(e, BehaviourEventKind.View, Beijing(2026, 3, 16, 10, 0)),
            Event(e, BehaviourEventKind.LessonStart, Beijing(2026, 5, 2, 10, 0)),
            Unpaid(Guid.CreateVersion7(), 4900, Beijing(2026, 2, 10, 10, 0)));

        var table = await CohortsAsync(admin, "2026-01-01", "2026-04-30", "FIRST_PURCHASE", 4);

        Assert.Equal(("MONTH", "Asia/Shanghai"), (table.GetProperty("bucket").GetString(), table.GetProperty("timeZone").GetString()));
        Assert.Equal(
            [("2026-01-01", "2026-01-31", 2, 19000L), ("2026-02-01", "2026-02-28", 1, 10000L), ("2026-03-01", "2026-03-31", 1, 2000L), ("2026-04-01", "2026-04-30", 0, 0L)],
            Cohorts(table));
        Assert.Equal(
            [(0, 1, 2, 15000L, 0.5, 1.0, 7500.0), (1, 1, 0, 0L, 0.5, 0.0, 7500.0), (2, 0, 1, 3000L, 0.0, 0.5, 9000.0), (3, 1, 0, 0L, 0.5, 0.0, 9000.0)],
            Periods(table, 0));
        Assert.Equal(
            [(0, 0, 1, 6000L, 0.0, 1.0, 6000.0), (1, 1, 0, 0L, 1.0, 0.0, 6000.0), (2, 0, 0, 0L, 0.0, 0.0, 6000.0), (3, 0, 1, 4000L, 0.0, 1.0, 10000.0)],
            Periods(table, 1));
        Assert.Equal(
            [(0, 0, 1, 2000L, 0.0, 1.0, 2000.0), (1, 0, 0, 0L, 0.0, 0.0, 2000.0), (2, 1, 0, 0L, 1.0, 0.0, 2000.0)],
            Periods(table, 2));
        Assert.Equal([(0, 0, 0, 0L, 0.0, 0.0, 0.0), (1, 0, 0, 0L, 0.0, 0.0, 0.0)], Periods(table, 3));
        Assert.Equal(
            [("2026-05-01", "2026-05-20")],
            table.GetProperty("cohorts")[1].GetProperty("periods").EnumerateArray().Skip(3).Select(p => (p.GetProperty("start").GetString(), p.GetProperty("end").GetString())));
    }

    [Fact]
    public async Task SignUpCohortsFollowEveryUserFromTheBucketTheySignedUpIn()
    {
        var admin = await AdminAtNowAsync();
        var early = SignedUp("o_early", Beijing(2026, 1, 5, 10, 0));
        var lastMinute = SignedUp("o_last_minute", Beijing(2026, 1, 31, 23, 30));
        var before = SignedUp("o_before", Beijing(2025, 12, 20, 10, 0));
        var february = SignedUp("o_february", Beijing(2026, 2, 1, 0, 30));
        await App.AddAsync(
            early,
            lastMinute,
            before,
            february,
            Event(early.Id, BehaviourEventKind.LessonStart, Beijing(2026, 1, 6, 10, 0)),
            Paid(early.Id, 4900, Beijing(2026, 2, 3, 10, 0)),
            Event(lastMinute.Id, BehaviourEventKind.Progress, Beijing(2026, 3, 2, 10, 0)),
            Paid(before.Id, 9900, Beijing(2026, 1, 10, 10, 0)),
            Event(before.Id, BehaviourEventKind.LessonStart, Beijing(2026, 1, 11, 10, 0)));

        var table = await CohortsAsync(admin, "2026-01-01", "2026-02-28", "SIGN_UP", 3);

        Assert.Equal([("2026-01-01", "2026-01-31", 2, 4900L), ("2026-02-01", "2026-02-28", 1, 0L)], Cohorts(table));
        Assert.Equal([(0, 1, 0, 0L, 0.5, 0.0, 0.0), (1, 0, 1, 4900L, 0.0, 0.5, 2450.0), (2, 1, 0, 0L, 0.5, 0.0, 2450.0)], Periods(table, 0));
        Assert.Equal([(0, 0, 0, 0L, 0.0, 0.0, 0.0), (1, 0, 0, 0L, 0.0, 0.0, 0.0), (2, 0, 0, 0L, 0.0, 0.0, 0.0)], Periods(table, 1));
    }

    [Fact]
    public async Task WeeklyCohortsStartOnMondayInBeijingAndStopAtTheWeekUnderWay()
    {
        var admin = await AdminAtNowAsync();
        Guid sunday = Guid.CreateVersion7(), monday = Guid.CreateVersion7();
        await App.AddAsync(
            Paid(sunday, 5000, Beijing(2026, 5, 3, 23, 30)),
            Event(sunday, BehaviourEventKind.LessonStart, Beijing(2026, 5, 4, 0, 30)),
            Paid(sunday, 3000, Beijing(2026, 5, 18, 10, 0), refundFen: 1000),
            Paid(monday, 4000, Beijing(2026, 5, 4, 0, 10)),
            Event(monday, BehaviourEventKind.Progress, Beijing(2026, 5, 12, 10, 0)));

        var table = await CohortsAsync(admin, "2026-04-27", "2026-05-10", "FIRST_PURCHASE", 4, "WEEK");

        Assert.Equal([("2026-04-27", "2026-05-03", 1, 7000L), ("2026-05-04", "2026-05-10", 1, 4000L)], Cohorts(table));
        Assert.Equal(
            [(0, 0, 1, 5000L, 0.0, 1.0, 5000.0), (1, 1, 0, 0L, 1.0, 0.0, 5000.0), (2, 0, 0, 0L, 0.0, 0.0, 5000.0), (3, 0, 1, 2000L, 0.0, 1.0, 7000.0)],
            Periods(table, 0));
        Assert.Equal([(0, 0, 1, 4000L, 0.0, 1.0, 4000.0), (1, 1, 0, 0L, 1.0, 0.0, 4000.0), (2, 0, 0, 0L, 0.0, 0.0, 4000.0)], Periods(table, 1));
    }

    [Fact]
    public async Task TheDatabaseAnswersInThreeStatementsWhateverTheNumberOfUsers()
    {
        var admin = await AdminAtNowAsync();
        await App.AddAsync(Paid(Guid.CreateVersion7(), 4900, Beijing(2026, 1, 10, 10, 0)));
        await StatementsAsync(admin); // the first request also fills what the app caches
        var few = await StatementsAsync(admin);
        await App.AddAsync([.. Enumerable.Range(1, 30).SelectMany(i =>
        {
            var user = Guid.CreateVersion7();
            return new object[] { Paid(user, 100 * i, Beijing(2026, 1 + (i % 3), i % 28 + 1, 10, 0)), Event(user, BehaviourEventKind.LessonStart, Beijing(2026, 4, i, 10, 0)) };
        })]);

        var many = await StatementsAsync(admin);

        Assert.Equal((3, 3), (few, many));
    }

    [Fact]
    public async Task FollowingCohortsPastTheLongestRangeIsATypedError()
    {
        var admin = await AdminAtNowAsync();

        var response = await admin.Client.PostGraphQLAsync(CohortsQuery, Variables("2023-01-01", "2024-12-31", "FIRST_PURCHASE", 12));

        Assert.Equal(["ANALYTICS_RANGE_TOO_LONG"], response.ErrorCodes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(25)]
    public async Task PeriodsOutsideOneToTwentyFourAreRefused(int periods)
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);

        var response = await admin.Client.PostGraphQLAsync(CohortsQuery, Variables("2026-01-01", "2026-03-31", "FIRST_PURCHASE", periods));

        Assert.Equal(["BAD_USER_INPUT"], response.ErrorCodes);
    }

    [Fact]
    public async Task OnlyAdminsMayReadCohorts()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var learner = await SignInAsync("o_learner");
        var variables = Variables("2026-01-01", "2026-03-31", "FIRST_PURCHASE", 12);

        var anonymous = await Client.PostGraphQLAsync(CohortsQuery, variables);
        var asLearner = await learner.Client.PostGraphQLAsync(CohortsQuery, variables);
        var asAdmin = await admin.Client.PostGraphQLAsync(CohortsQuery, variables);

        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], asLearner.ErrorCodes);
        Assert.Empty(asAdmin.ErrorCodes);
        Assert.Equal(3, asAdmin.Data.GetProperty("analyticsCohorts").GetProperty("cohorts").GetArrayLength());
    }

    /// <summary>A Beijing wall-clock time as the app stores instants: in UTC.</summary>
    private static DateTimeOffset Beijing(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private static object Variables(string from, string to, string basis, int periods, string bucket = "MONTH") =>
        new { range = new { from, to, bucket }, basis, periods };

    private static List<(string?, string?, int, long)> Cohorts(JsonElement table) =>
        [.. table.GetProperty("cohorts").EnumerateArray().Select(c => (
            c.GetProperty("start").GetString(),
            c.GetProperty("end").GetString(),
            c.GetProperty("users").GetInt32(),
            c.GetProperty("lifetimeValueFen").GetInt64()))];

    private static List<(int, int, int, long, double, double, double)> Periods(JsonElement table, int cohort) =>
        [.. table.GetProperty("cohorts")[cohort].GetProperty("periods").EnumerateArray().Select(p => (
            p.GetProperty("index").GetInt32(),
            p.GetProperty("activeLearners").GetInt32(),
            p.GetProperty("purchasers").GetInt32(),
            p.GetProperty("revenueFen").GetInt64(),
            p.GetProperty("retention").GetDouble(),
            p.GetProperty("purchaseRate").GetDouble(),
            p.GetProperty("cumulativeRevenuePerUserFen").GetDouble()))];

    /// <summary>
    /// Signs the admin in by the real clock (which validates tokens), adds the course every order and event is about, then
    /// stands the app's clock at <see cref="Now"/>.
    /// </summary>
    private async Task<Session> AdminAtNowAsync()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        await AddCoursesAsync(c => c.Titled("Cohorts").Published());
        _courseId = await App.ReadAsync(db => db.Courses.Select(c => c.Id).SingleAsync());
        App.Clock.Advance(Now - App.Clock.GetUtcNow());
        return admin;
    }

    private static async Task<JsonElement> CohortsAsync(Session admin, string from, string to, string basis, int periods, string bucket = "MONTH") =>
        (await admin.Client.QueryAsync(CohortsQuery, Variables(from, to, basis, periods, bucket))).GetProperty("analyticsCohorts");

    private async Task<int> StatementsAsync(Session admin)
    {
        App.SqlCommands.Reset();
        await CohortsAsync(admin, "2026-01-01", "2026-03-31", "FIRST_PURCHASE", 4);
        return App.SqlCommands.Count;
    }

    private static User SignedUp(string openId, DateTimeOffset at) =>
        User.SignUp(openId, null, EncryptedSessionKey.Of("test", at), at);

    private Order Unpaid(Guid userId, long fen, DateTimeOffset at, OfferRef? offer = null)
    {
        var order = Order.Place(
            userId,
            PricingEngine.Price([new PricingLine(offer ?? OfferRef.ForCourse(_courseId), "Cohort", fen, PriceGuardrails.None, [_courseId], [])], null),
            $"client-{Guid.NewGuid():N}",
            PaymentChannel.WeChatPayJsapi,
            at,
            TimeSpan.FromMinutes(30));
        order.ClearDomainEvents();
        return order;
    }

    // Only the rows matter here: the order's reactions (access, books, wallet) are other features' tests.
    private Order Paid(Guid userId, long fen, DateTimeOffset paidAt, long refundFen = 0, OfferRef? offer = null)
    {
        var order = Unpaid(userId, fen, paidAt, offer);
        order.MarkPaid($"42{Guid.NewGuid():N}", paidAt);
        if (refundFen > 0)
        {
            var refund = order.RequestRefund(refundFen, "不想要了", userId, paidAt.AddDays(1));
            order.CompleteRefund(refund.OutRefundNo, "refund-1", paidAt.AddDays(1));
        }

        order.ClearDomainEvents();
        return order;
    }

    private Order TopUp(Guid userId, long fen, DateTimeOffset paidAt) =>
        Paid(userId, fen, paidAt, offer: new OfferRef(OfferKind.WalletTopUp, Guid.CreateVersion7()));

    private BehaviourEvent Event(Guid userId, BehaviourEventKind kind, DateTimeOffset at) =>
        BehaviourEvent.Track(
            userId, Guid.NewGuid().ToString("N"), kind, _courseId, null,
            kind == BehaviourEventKind.Progress ? 50 : null, null, at, at);
}

[Collection(SqliteCollection.Name)]
public sealed class CohortTestsOnSqlite(SqliteApp app) : CohortTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class CohortTestsOnPostgreSql(PostgreSqlApp app) : CohortTests(app);
