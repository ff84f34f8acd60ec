using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using static KnowledgePay.GraphQL.FunctionalTests.TestData.Builders;

namespace KnowledgePay.GraphQL.FunctionalTests.Analytics.Funnel;

/// <summary>
/// A week in Beijing (2026-03-01 to 03-07) of three courses: A (3 lessons, 99 yuan), B (1 lesson, 49 yuan), C (nothing
/// happens). Course A's users stop one per funnel step: u1 viewed it in a list, u2 opened its page (and ordered only after
/// the week), u3 clicked it and ordered, u4 paid (then was refunded), u5 paid and opened lesson 1, u6 paid and completed
/// every lesson. u7 paid without a tracked view; u8 viewed at 23:30 on the last Beijing day (in), u9 at 00:30 the day after
/// (out, though still 03-07 in UTC), u10 at 00:10 on the first day (in, though 02-28 in UTC). u1 also bought B and
/// opened its lesson. Each comment states what a metric should count.
/// </summary>
internal sealed class FunnelDataSet
{
    public const string From = "2026-03-01";
    public const string To = "2026-03-07";
    private const long PriceA = 9900;
    private const long PriceB = 4900;
    private const long CouponPriceA = 4900;

    private const string CourseDetail = "course-detail";

    private readonly List<Entity> _rows = [];

    private FunnelDataSet()
    {
        var creator = ACreator();
        var category = ACategory();
        A = Published(creator, category, "A", PriceA, 3);
        B = Published(creator, category, "B", PriceB, 1);
        C = Published(creator, category, "C", PriceA, 1);
        _rows.AddRange([creator, category, A, B, C]);
        Users = [.. Enumerable.Range(1, 11).Select(n => User.SignUp($"o_funnel_{n}", null, EncryptedSessionKey.Of("test", Beijing(1, 0)), Beijing(1, 0)))];
        _rows.AddRange(Users);
    }

    public Course A { get; }

    public Course B { get; }

    public Course C { get; }

    public IReadOnlyList<User> Users { get; }

    public IReadOnlyList<Lesson> LessonsOfA => [.. A.Chapters.SelectMany(c => c.Lessons).OrderBy(l => l.Position)];

    /// <summary>
    /// An instant in Beijing (UTC+8) on March <paramref name="day"/> 2026, kept in UTC as the server keeps every instant
    /// (SQLite's binary instants order by local ticks).
    /// </summary>
    public static DateTimeOffset Beijing(int day, int hour, int minute = 0) => new DateTimeOffset(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static async Task<FunnelDataSet> AddToAsync(KnowledgePayApp app)
    {
        var data = new FunnelDataSet();
        data.Build();
        foreach (var row in data._rows)
        {
            row.ClearDomainEvents();
        }

        await app.AddAsync([.. data._rows]);
        return data;
    }

    private Guid U(int n) => Users[n - 1].Id;

    private void Build()
    {
        var (a, b) = (A.Id, B.Id);
        var lessons = LessonsOfA;

        // Views of A within the week: u1 1, u2 2, u3 1, u4 1, u5 2, u6 2, u8 1, u10 1 = 11 events by 8 viewers; u9's is out.
        View(1, a, "home", Beijing(2, 10));
        View(2, a, "search", Beijing(2, 11));
        View(2, a, CourseDetail, Beijing(2, 12));
        View(3, a, "category", Beijing(3, 9));
        Event(3, a, BehaviourEventKind.Click, null, Beijing(3, 9, 1));
        View(4, a, CourseDetail, Beijing(3, 10));
        View(5, a, "home", Beijing(3, 11));
        View(5, a, CourseDetail, Beijing(3, 12));
        View(6, a, "home", Beijing(4, 8));
        View(6, a, CourseDetail, Beijing(4, 9));
        View(8, a, "home", Beijing(7, 23, 30));
        View(9, a, CourseDetail, Beijing(8, 0, 30));
        View(10, a, "home", Beijing(1, 0, 10));
        View(1, b, CourseDetail, Beijing(5, 10));

        // Orders: u2's comes after the week; u3's is never paid; u7 paid A at a coupon price without a view.
        Placed(2, a, PriceA, Beijing(9, 10));
        Placed(3, a, PriceA, Beijing(3, 10));
        var u4 = Paid(4, a, PriceA, Beijing(3, 11));
        var u5 = Paid(5, a, PriceA, Beijing(3, 13));
        var u6 = Paid(6, a, PriceA, Beijing(4, 10));
        var u7 = Paid(7, a, CouponPriceA, Beijing(4, 12));
        var u1 = Paid(1, b, PriceB, Beijing(5, 11));

        // Refunds: u4's in full within the week (counted), part of u5's after it (not counted).
        Refund(u4, PriceA, Beijing(5, 9));
        Refund(u5, 1000, Beijing(9, 9));

        // Learners of A granted within the week and still holding it: u5, u6, u7 (u4's was revoked; u11's was before the week).
        Enrol(5, a, u5, Beijing(3, 13));
        Enrol(6, a, u6, Beijing(4, 10));
        Enrol(7, a, u7, Beijing(4, 12));
        Enrol(1, b, u1, Beijing(5, 11));
        var revoked = Enrollment.ByPurchase(U(4), a, u4.Id, Beijing(3, 11));
        revoked.Revoke(Beijing(5, 9));
        _rows.Add(revoked);
        _rows.Add(Enrollment.ByAdmin(U(11), a, Beijing(1, 0).AddDays(-9)));

        // Study: u5 opened lesson 1; u6 completed all three (the last on 03-06); u7 completed lesson 1 and is half through
        // lesson 2; u4 (revoked; after the week) and u11 (an earlier learner) studied too but are no learners of the week; u1 opened B's lesson.
        _rows.Add(LessonOpening.Record(U(5), a, lessons[0].Id, Beijing(3, 14)));
        Progress(6, a, lessons[0], 100, Beijing(4, 11));
        Progress(6, a, lessons[1], 100, Beijing(5, 11));
        Progress(6, a, lessons[2], 100, Beijing(6, 11));
        Progress(7, a, lessons[0], 100, Beijing(5, 8));
        Progress(7, a, lessons[1], 50, Beijing(5, 9));
        Progress(4, a, lessons[2], 20, Beijing(9, 9));
        Progress(11, a, lessons[1], 100, Beijing(2, 9));
        _rows.Add(LessonOpening.Record(U(1), b, B.Chapters.Single().Lessons.Single().Id, Beijing(5, 12)));

        // Ratings of A within the week: 5 and 4 (u7's held 1-star and u4's after the week are left out); B: 5.
        Rate(5, a, 5, null, ModerationStatus.Visible, Beijing(5, 10));
        Rate(6, a, 4, null, ModerationStatus.Visible, Beijing(6, 10));
        Rate(7, a, 1, "垃圾广告", ModerationStatus.Held, Beijing(6, 11));
        Rate(4, a, 1, null, ModerationStatus.Visible, Beijing(10, 10));
        Rate(1, b, 5, null, ModerationStatus.Visible, Beijing(6, 12));
    }

    private static Course Published(Creator creator, Category category, string title, long priceFen, int lessons)
    {
        var course = Course.Draft(creator.Id, category.Id, $"Course {title}", "Lessons.", Money.Fen(priceFen), Epoch);
        var chapter = course.AddChapter("第一章");
        for (var i = 0; i < lessons; i++)
        {
            course.AddLesson(chapter.Id, new LessonContent($"{title}{i + 1}", LessonKind.Video, 300, IsFreePreview: false, "正文", null));
        }

        course.Publish(Epoch);
        return course;
    }

    private void View(int user, Guid courseId, string context, DateTimeOffset at) => Event(user, courseId, BehaviourEventKind.View, context, at);

    private void Event(int user, Guid courseId, BehaviourEventKind kind, string? context, DateTimeOffset at) =>
        _rows.Add(BehaviourEvent.Track(U(user), Guid.NewGuid().ToString("N"), kind, courseId, null, null, context, at, at));

    private Order Placed(int user, Guid courseId, long fen, DateTimeOffset at)
    {
        var order = Order.Place(
            U(user),
            PricingEngine.Price([new PricingLine(OfferRef.ForCourse(courseId), "Course", fen, PriceGuardrails.None, [courseId], [])], null),
            $"client-{Guid.NewGuid():N}",
            PaymentChannel.WeChatPayJsapi,
            at,
            TimeSpan.FromMinutes(30));
        _rows.Add(order);
        return order;
    }

    private Order Paid(int user, Guid courseId, long fen, DateTimeOffset at)
    {
        var order = Placed(user, courseId, fen, at.AddMinutes(-1));
        order.MarkPaid($"42{Guid.NewGuid():N}", at);
        return order;
    }

    private static void Refund(Order order, long fen, DateTimeOffset at)
    {
        var refund = order.RequestRefund(fen, "不想学了", order.UserId, at.AddHours(-1));
        order.CompleteRefund(refund.OutRefundNo, $"50{Guid.NewGuid():N}", at);
    }

    private void Enrol(int user, Guid courseId, Order order, DateTimeOffset at) => _rows.Add(Enrollment.ByPurchase(U(user), courseId, order.Id, at));

    private void Progress(int user, Guid courseId, Lesson lesson, int percent, DateTimeOffset at)
    {
        var progress = LessonProgress.Start(U(user), courseId, lesson.Id, at);
        progress.Record(percent, 60, completed: false, at);
        _rows.Add(progress);
    }

    private void Rate(int user, Guid courseId, int stars, string? text, ModerationStatus screened, DateTimeOffset at) =>
        _rows.Add(Review.Submit(courseId, U(user), stars, text, screened, null, at));
}
