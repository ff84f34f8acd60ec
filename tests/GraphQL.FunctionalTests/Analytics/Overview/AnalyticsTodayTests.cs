using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Overview;

/// <summary><c>analyticsToday</c> with the clock moved to 15:00 Beijing time, so "the same time yesterday" is fixed.</summary>
public abstract class AnalyticsTodayTests(KnowledgePayApp app) : FunctionalTest(app)
{
    private static readonly TimeZoneInfo BeijingTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task TodaySoFarIsComparedWithYesterdayUpToTheSameLocalTime()
    {
        var admin = await SignInAsync(KnowledgePayApp.AdminOpenId);
        var today = ThreePmTheDayAfterTomorrow();
        var data = new BusinessData(App);
        var course = data.Course("Go", "编程", "Alice");
        var l1 = data.Learner("o_l1", At(today, -1, 14));
        var l2 = data.Learner("o_l2", At(today, -1, 15, 30));
        data.Order(l1, At(today, -2, 23, 30), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(course.Id), 2000));
        data.Order(l2, At(today, -1, 10), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(course.Id), 3000));
        data.Order(l1, At(today, -1, 16), PaymentChannel.WeChatPayJsapi, (OfferRef.ForCourse(course.Id), 5000));
        var paidToday = data.Order(l1, At(today, 0, 0, 5), PaymentChannel.Balance, (OfferRef.ForCourse(course.Id), 6000));
        data.Refund(paidToday, 1500, At(today, 0, 14, 59));
        data.Learning(l2, course, BehaviourEventKind.LessonStart, At(today, -1, 14, 59));
        data.Learning(l1, course, BehaviourEventKind.LessonComplete, At(today, -1, 15, 1));
        data.Learning(l1, course, BehaviourEventKind.Progress, At(today, 0, 9));
        await data.SaveAsync();

        var result = (await admin.Client.QueryAsync($$"""
            { analyticsToday { date today { {{AnalyticsOverviewTests.FigureFields}} } yesterday { {{AnalyticsOverviewTests.FigureFields}} }
                               yesterdayBySameTime { {{AnalyticsOverviewTests.FigureFields}} } } }
            """)).GetProperty("analyticsToday");

        Assert.Equal(today.ToString("yyyy-MM-dd"), result.GetProperty("date").GetString());
        Assert.Equal(new Figures(6000, 1500, 4500, 1, 1, 6000, 0.25, 0, 1), Figures.Read(result.GetProperty("today")));
        Assert.Equal(new Figures(8000, 0, 8000, 2, 2, 4000, 0.0, 2, 2), Figures.Read(result.GetProperty("yesterday")));
        Assert.Equal(new Figures(3000, 0, 3000, 1, 1, 3000, 0.0, 1, 1), Figures.Read(result.GetProperty("yesterdayBySameTime")));
    }

    /// <summary>
    /// Moves the clock to 15:00 Beijing time two local days after now and returns that date: the admin, signed up now,
    /// falls on neither day compared.
    /// </summary>
    private DateOnly ThreePmTheDayAfterTomorrow()
    {
        var now = App.Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, BeijingTime).DateTime).AddDays(2);
        App.Clock.Advance(At(today, 0, 15) - now);
        return today;
    }

    private static DateTimeOffset At(DateOnly today, int days, int hour, int minute = 0) =>
        new DateTimeOffset(today.AddDays(days).ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).ToUniversalTime();
}

[Collection(SqliteCollection.Name)]
public sealed class AnalyticsTodayTestsOnSqlite(SqliteApp app) : AnalyticsTodayTests(app);

[Collection(PostgreSqlCollection.Name)]
public sealed class AnalyticsTodayTestsOnPostgreSql(PostgreSqlApp app) : AnalyticsTodayTests(app);
