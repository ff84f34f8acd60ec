using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics;

/// <summary>
/// The business a fresh start seeds for the dashboard: months of paid orders nearly every day, growing and busier at
/// weekends, refunds, access for every course bought, completions thinning along each outline (one course losing most of
/// its learners halfway), and activity today.
/// </summary>
public abstract class DemoHistoryTests(KnowledgePayApp app)
{
    private const string HistoryOpenIds = "o_demo_history_";

    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task HasPaidOrdersOnAtLeastFourDaysInFiveOverMoreThanFiveMonthsGrowingAndBusierAtWeekends()
    {
        var paid = await app.ReadAsync(db => db.Orders
            .Where(o => o.PaidAt != null && o.Lines.All(l => l.Kind != OfferKind.WalletTopUp))
            .Select(o => o.PaidAt!.Value)
            .ToListAsync());
        var perDay = paid.GroupBy(LocalDate).ToDictionary(g => g.Key, g => g.Count());
        var today = LocalDate(app.Clock.GetUtcNow());
        var first = perDay.Keys.Min();
        var span = Enumerable.Range(0, today.DayNumber - first.DayNumber).Select(first.AddDays).ToList();

        Assert.True(span.Count >= 150, $"The history starts on {first}, only {span.Count} days before today.");
        Assert.True(perDay.Count >= 0.8 * span.Count, $"Orders on {perDay.Count} of {span.Count} days.");
        Assert.True(Orders(span.TakeLast(30)) > 2 * Orders(span.Take(30)), "The last month does not sell twice the first.");
        Assert.True(
            Average(span.Where(IsWeekend)) > 1.1 * Average(span.Where(d => !IsWeekend(d))),
            $"Weekends average {Average(span.Where(IsWeekend)):F1} orders, weekdays {Average(span.Where(d => !IsWeekend(d))):F1}.");

        int Orders(IEnumerable<DateOnly> days) => days.Sum(d => perDay.GetValueOrDefault(d));
        double Average(IEnumerable<DateOnly> days) => days.Average(d => perDay.GetValueOrDefault(d));
    }

    [Fact]
    public async Task SellsCoursesBundlesAndMembershipsThroughEveryPaymentChannelSomeWithACoupon()
    {
        var kinds = await app.ReadAsync(db => HistoryOrders(db).Where(o => o.PaidAt != null)
            .SelectMany(o => o.Lines).Select(l => l.Kind).Distinct().ToListAsync());
        var channels = await app.ReadAsync(db => HistoryOrders(db).Where(o => o.PaidAt != null).Select(o => o.Channel).Distinct().ToListAsync());
        var withCoupon = await app.ReadAsync(db => HistoryOrders(db).CountAsync(o => o.PaidAt != null && o.UserCouponId != null));

        Assert.Superset(new HashSet<OfferKind> { OfferKind.Course, OfferKind.Bundle, OfferKind.Membership, OfferKind.WalletTopUp }, kinds.ToHashSet());
        Assert.Equal([PaymentChannel.WeChatPayJsapi, PaymentChannel.WeChatVirtualPayment, PaymentChannel.Balance], channels.Order());
        Assert.True(withCoupon > 0);
    }

    [Fact]
    public async Task RefundsSomeOrdersInFullAndSomeInPartDaysAfterTheyWereAskedFor()
    {
        var statuses = await app.ReadAsync(db => HistoryOrders(db).Select(o => o.Status).Distinct().ToListAsync());
        var refunds = await app.ReadAsync(db => HistoryOrders(db).SelectMany(o => o.Refunds)
            .Where(r => r.Status == RefundStatus.Succeeded).Select(r => new { r.RequestedAt, r.CompletedAt }).ToListAsync());

        Assert.Contains(OrderStatus.Refunded, statuses);
        Assert.Contains(OrderStatus.PartiallyRefunded, statuses);
        Assert.NotEmpty(refunds);
        Assert.All(refunds, r => Assert.True(r.CompletedAt - r.RequestedAt >= TimeSpan.FromDays(1)));
    }

    [Fact]
    public async Task OpensEveryCourseBoughtAndClosesItWhenTheOrderIsRefundedInFull()
    {
        var withoutAccess = await app.ReadAsync(db => HistoryOrders(db).CountAsync(o =>
            (o.Status == OrderStatus.Paid || o.Status == OrderStatus.PartiallyRefunded)
            && o.Lines.Any(l => l.Kind == OfferKind.Course)
            && !db.Enrollments.Any(e => e.OrderId == o.Id && e.Source == EnrollmentSource.Purchase && e.RevokedAt == null)));
        var stillOpen = await app.ReadAsync(db => HistoryOrders(db).CountAsync(o =>
            o.Status == OrderStatus.Refunded && db.Enrollments.Any(e => e.OrderId == o.Id && e.RevokedAt == null)));
        var courseOrders = await app.ReadAsync(db => HistoryOrders(db).CountAsync(o => o.PaidAt != null && o.Lines.Any(l => l.Kind == OfferKind.Course)));

        Assert.True(courseOrders > 500, $"Only {courseOrders} course orders.");
        Assert.Equal(0, withoutAccess);
        Assert.Equal(0, stillOpen);
    }

    [Fact]
    public async Task CompletesFewerLessonsAlongEachOutlineAndOneCourseLosesMostOfItsLearnersHalfway()
    {
        var completions = await app.ReadAsync(db => db.LessonProgress.Where(p => p.CompletedAt != null)
            .GroupBy(p => p.LessonId).Select(g => new { LessonId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.LessonId, g => g.Count));
        var outlines = await app.ReadAsync(db => db.Courses.AsNoTracking()
            .Where(c => db.LessonProgress.Count(p => p.CourseId == c.Id) >= 20)
            .Include(c => c.Chapters).ThenInclude(c => c.Lessons)
            .ToListAsync());
        var curves = outlines.Select(c => c.Chapters.OrderBy(ch => ch.Position)
            .SelectMany(ch => ch.Lessons.OrderBy(l => l.Position))
            .Select(l => completions.GetValueOrDefault(l.Id)).ToList()).ToList();

        Assert.True(curves.Count >= 5, $"Only {curves.Count} courses have learners.");
        Assert.All(curves, curve =>
        {
            Assert.True(curve.Zip(curve.Skip(1)).All(p => p.Second <= p.First), $"Completions rise along the outline: {string.Join(", ", curve)}");
            Assert.True(curve[^1] < curve[0], $"Nobody stops: {string.Join(", ", curve)}");
        });
        Assert.Contains(curves, curve => curve.Zip(curve.Skip(1)).Any(p => p.First >= 15 && p.Second * 2 < p.First));
    }

    [Fact]
    public async Task HasSignUpsBrowsingAndASaleToday()
    {
        var now = app.Clock.GetUtcNow();
        var midnight = LocalDate(now).ToDateTime(TimeOnly.MinValue);
        var today = new DateTimeOffset(midnight, Beijing.GetUtcOffset(midnight)).ToUniversalTime();

        var signUps = await app.ReadAsync(db => db.Users.CountAsync(u => u.OpenId.StartsWith(HistoryOpenIds) && u.CreatedAt >= today));
        var views = await app.ReadAsync(db => db.BehaviourEvents.CountAsync(e => e.Kind == BehaviourEventKind.View && e.OccurredAt >= today));
        var sales = await app.ReadAsync(db => HistoryOrders(db).CountAsync(o => o.PaidAt >= today));
        var future = await app.ReadAsync(db => db.BehaviourEvents.CountAsync(e => e.OccurredAt > now));

        Assert.True(signUps > 0 && views > 0 && sales > 0, $"Today: {signUps} sign-ups, {views} views, {sales} sales.");
        Assert.Equal(0, future);
    }

    [Fact]
    public async Task HasReviewsSharedLinksThatSoldAndAnEndedCampaignWithConversions()
    {
        var ratings = await app.ReadAsync(db => db.Reviews.Where(r => db.Users.Any(u => u.Id == r.UserId && u.OpenId.StartsWith(HistoryOpenIds)))
            .Select(r => r.Stars).Distinct().CountAsync());
        var sharedSales = await app.ReadAsync(db => db.ShareVisits.CountAsync(v => db.Shares.Any(s => s.Id == v.ShareId && db.Enrollments.Any(e =>
            e.UserId == v.VisitorId && e.CourseId == s.CourseId && e.Source == EnrollmentSource.Purchase && e.GrantedAt >= v.FirstOpenedAt))));
        var campaignBuyers = await app.ReadAsync(db => db.CampaignEnrolments.CountAsync(e =>
            db.Campaigns.Any(c => c.Id == e.CampaignId && c.EndedAt != null)
            && HistoryOrders(db).Any(o => o.UserId == e.UserId && o.PaidAt >= e.EnrolledAt && o.PaidAt < e.ConversionEndsAt)));

        Assert.True(ratings >= 4, $"Only {ratings} different star ratings.");
        Assert.True(sharedSales > 0);
        Assert.True(campaignBuyers > 0);
    }

    private static IQueryable<Order> HistoryOrders(Application.Common.Interfaces.IApplicationDbContext db) =>
        db.Orders.Where(o => db.Users.Any(u => u.Id == o.UserId && u.OpenId.StartsWith(HistoryOpenIds)));

    private static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Beijing).DateTime);

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

public sealed class DemoHistoryTestsOnSqlite(EmbeddedSqliteApp app) : DemoHistoryTests(app), IClassFixture<EmbeddedSqliteApp>;

public sealed class DemoHistoryTestsOnPostgreSql(DemoPostgreSqlApp app) : DemoHistoryTests(app), IClassFixture<DemoPostgreSqlApp>;
