using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Sharing;
using KnowledgePay.Domain.Tracking;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// Six months of business before <c>now</c>, so every chart of the operator dashboard tells a story: learners sign up
/// every day (more each week, more at weekends), browse, open course pages, buy single courses, bundles and memberships
/// (by WeChat Pay, Virtual Payment or their balance, some with a coupon), a few ask for refunds, and buyers work through
/// their lessons, dropping off along the way (the troubled course loses most of its learners halfway), reviewing what
/// they got far in. Some arrive through a buyer's shared link, and a campaign six weeks ago won back earlier buyers.
/// The history has learners of its own (openid <c>o_demo_history_0001</c> …), so the 60 demo learners, their experiment
/// and their campaign stay as they were, and leaves the experiment's course alone. A fixed seed makes the same business
/// every run, dated relative to <c>now</c>, so the last six months are filled and today always has activity.
/// </summary>
internal sealed class DemoHistory
{
    public const int Days = 183;
    public const string OpenIdPrefix = "o_demo_history_";

    private const int Seed = 20250603;
    private const int Courses = 48;
    private const double NewUsersOnFirstDay = 6;
    private const double Growth = 2.2;
    private const double WeekendLift = 1.45;
    private const double ArrivesThroughShare = 0.12;
    private const double Shares = 0.12;
    private const double ComesBack = 0.008;

    private static readonly string[] ListContexts = ["home", "search", "category", "ranking"];

    private readonly Random _random = new(Seed);
    private readonly DateTimeOffset _now;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly IReadOnlyList<Course> _courses;
    private readonly Dictionary<Guid, int> _ranks;
    private readonly double[] _weights;
    private readonly List<User> _users = [];
    private readonly List<BehaviourEvent> _events = [];
    private readonly List<Share> _shares = [];
    private readonly List<ShareVisit> _visits = [];
    private readonly List<object> _campaign = [];
    private readonly DemoCheckout _checkout;
    private readonly DemoStudy _study;

    private DemoHistory(DemoCatalog catalog, IReadOnlyList<Offer> offers, IReadOnlyList<Coupon> coupons, DateTimeOffset now)
    {
        _now = now;

        // A popularity curve over a stable sample of the paid courses with an outline; the experiment's course (the fourth
        // paid one) sells only to the learners exposed to it (DemoExperiments).
        var paid = catalog.Courses.Where(c => c.Status == CourseStatus.Published && !c.Price.IsFree).ToList();
        _courses = [.. paid.Where((c, i) => i != 3 && c.Chapters.Sum(ch => ch.Lessons.Count) >= 4).Where((_, i) => i % 5 == 1).Take(Courses)];
        _ranks = _courses.Select((c, rank) => (c.Id, rank)).ToDictionary(p => p.Id, p => p.rank);
        _weights = [.. _courses.Select((_, rank) => 1 / Math.Pow(rank + 1, 1.1))];
        _checkout = new DemoCheckout(_random, _now, catalog.Courses, offers, coupons, TroubledCourse.Id);
        _study = new DemoStudy(_random, _now, Track, TroubledCourse.Id);
    }

    /// <summary>The third best seller, whose buyers give up halfway through (see <see cref="DemoStudy"/>).</summary>
    public Course TroubledCourse => _courses[2];

    public IReadOnlyList<User> Users => _users;

    public IReadOnlyList<BehaviourEvent> Events => _events;

    public IReadOnlyList<Order> Orders => _checkout.Orders;

    /// <summary>Everything else the history made: access, memberships, wallets, ledger and journal, lessons, reviews, shares, the campaign.</summary>
    public IReadOnlyList<object> Rows { get; private set; } = [];

    public static DemoHistory Build(DemoCatalog catalog, IReadOnlyList<Offer> offers, IReadOnlyList<Coupon> coupons, DateTimeOffset now)
    {
        var history = new DemoHistory(catalog, offers, coupons, now);
        var today = history.LocalDate(now);
        var first = today.AddDays(-(Days - 1));
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            history.Live(day, (day.DayNumber - first.DayNumber) / (double)(Days - 1));
            if (day == today.AddDays(-DemoHistoryCampaign.DaysAgo))
            {
                history._campaign.AddRange(DemoHistoryCampaign.Run(
                    history.BuyersBefore(history.Start(day)), coupons[0], history._checkout,
                    (user, at, chance) => history.Browse(user, at, chance, null), history._random, history.Start(day).AddHours(10), history._zone));
            }
        }

        history.SellToday(today);
        history.Rows = [.. history._checkout.Rows, .. history._checkout.Journal(), .. history._study.Rows, .. history._shares, .. history._visits, .. history._campaign];

        // Demo data is not a change anyone made: no audit trail, no reactions (the rows the reactions make are built here).
        foreach (var entity in history._users.Concat<object>(history._events).Concat(history.Orders).Concat(history.Rows).OfType<Entity>())
        {
            entity.ClearDomainEvents();
        }

        return history;
    }

    /// <summary>One day: new learners arrive, and some earlier ones come back to browse.</summary>
    private void Live(DateOnly day, double progress)
    {
        var lift = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendLift : 1;
        var expected = NewUsersOnFirstDay * (1 + (Growth * progress)) * lift * (0.75 + (_random.NextDouble() * 0.5));
        var arrivals = Math.Max(day == LocalDate(_now) ? 3 : 1, (int)Math.Round(expected));
        for (var i = 0; i < arrivals; i++)
        {
            if (TimeOn(day) is { } at)
            {
                Arrive(at);
            }
        }

        var returning = (int)Math.Round(_users.Count * ComesBack * lift);
        for (var i = 0; i < returning; i++)
        {
            var user = _users[_random.Next(_users.Count)];
            if (TimeOn(day) is { } at && user.CreatedAt < at)
            {
                Browse(user, at, buyChance: 0.15, null);
            }
        }
    }

    /// <summary>Today's figures are never empty: when no one has bought yet today, a newcomer buys the best seller just now.</summary>
    private void SellToday(DateOnly today)
    {
        var start = Start(today);
        if (Orders.Any(o => o.PaidAt >= start && !o.IsTopUp))
        {
            return;
        }

        var at = start + ((_now - start) / 2);
        var user = Arrive(at, browse: false);
        Track(user, BehaviourEventKind.View, _courses[0].Id, at, ListContexts[0]);
        Track(user, BehaviourEventKind.Click, _courses[0].Id, at + ((_now - at) / 4), "course_detail");
        Buy(user, _courses[0], at + ((_now - at) / 2));
    }

    private User Arrive(DateTimeOffset at, bool browse = true)
    {
        var user = User.SignUp($"{OpenIdPrefix}{_users.Count + 1:D4}", null, EncryptedSessionKey.Of("seeded", at), at);
        user.SetPersonalisationConsent(true, DemoAgreements.ConsentSource, at);
        _users.Add(user);
        if (!browse)
        {
            return user;
        }

        // Some newcomers open a buyer's shared link first, and are likelier to buy.
        var share = _random.NextDouble() < ArrivesThroughShare ? SharedBefore(at) : null;
        if (share?.FirstVisitBy(user.Id, at) is { } visit)
        {
            _visits.Add(visit);
        }

        Browse(user, at, buyChance: share is null ? 0.3 : 0.5, share);
        return user;
    }

    /// <summary>A browsing session: a few courses seen in lists, one opened, perhaps bought; true when something was.</summary>
    private bool Browse(User user, DateTimeOffset at, double buyChance, Share? share)
    {
        var course = share is null ? Popular() : _courses[_ranks[share.CourseId]];
        var t = at;
        if (share is not null)
        {
            Track(user, BehaviourEventKind.View, course.Id, t, "share");
        }

        for (var i = _random.Next(1, 5); i > 0; i--)
        {
            t = t.AddSeconds(_random.Next(5, 90));
            if (t > _now)
            {
                return false;
            }

            Track(user, BehaviourEventKind.View, i == 1 ? course.Id : Popular().Id, t, ListContexts[_random.Next(ListContexts.Length)]);
        }

        // Best sellers get their page opened more often and convert better from it.
        var hit = _ranks[course.Id] < 5;
        var opens = hit ? 0.75 : 0.55;
        t = t.AddSeconds(_random.Next(10, 60));
        if (_random.NextDouble() >= opens || t > _now)
        {
            return false;
        }

        Track(user, BehaviourEventKind.Click, course.Id, t, "course_detail");
        if (_random.NextDouble() >= buyChance * (hit ? 1.2 : 0.85) / opens)
        {
            return false;
        }

        var paidAt = t.AddMinutes(_random.Next(2, 40)).AddDays(_random.NextDouble() < 0.75 ? 0 : _random.Next(1, 4));
        return paidAt <= _now && Buy(user, course, paidAt);
    }

    private bool Buy(User user, Course course, DateTimeOffset paidAt)
    {
        if (_checkout.Buy(user, course, paidAt) is not { } purchase)
        {
            return false;
        }

        var refundedInFull = purchase.Refund is { } asked && asked.AmountFen == purchase.Order.PaidFen;
        foreach (var enrollment in purchase.Enrollments)
        {
            Record(user, BehaviourEventKind.Purchase, enrollment.CourseId, $"purchase:{enrollment.Id:N}", paidAt);
            if (_ranks.TryGetValue(enrollment.CourseId, out var rank) && (enrollment.BundleId is null || _random.NextDouble() < 0.5))
            {
                _study.Learn(user, _courses[rank], paidAt, refundedInFull);
                Share(user, _courses[rank], paidAt);
            }
        }

        if (purchase.Membership)
        {
            // A member learns the course that made them join.
            _study.Learn(user, course, paidAt, refundedInFull: false);
        }

        if (purchase.Refund is { CompletedAt: { } refundedAt } refund)
        {
            foreach (var line in purchase.Order.Lines.Where(l => l.Kind == OfferKind.Course))
            {
                Record(user, BehaviourEventKind.Refund, line.OfferId, $"refund:{refund.OutRefundNo}", refundedAt);
            }
        }

        return true;
    }

    private void Share(User user, Course course, DateTimeOffset boughtAt)
    {
        var at = boughtAt.AddHours(_random.Next(1, 48));
        if (_random.NextDouble() < Shares && at < _now && !_shares.Any(s => s.SharerId == user.Id && s.CourseId == course.Id))
        {
            Track(user, BehaviourEventKind.Share, course.Id, at, "course_detail");
            _shares.Add(Domain.Sharing.Share.Create(user.Id, course.Id, at));
        }
    }

    private IReadOnlyList<User> BuyersBefore(DateTimeOffset at)
    {
        var buyers = Orders.Where(o => o.PaidAt < at && !o.IsTopUp).Select(o => o.UserId).ToHashSet();
        return [.. _users.Where(u => buyers.Contains(u.Id))];
    }

    private Share? SharedBefore(DateTimeOffset at)
    {
        var open = _shares.Where(s => s.CreatedAt < at).ToList();
        return open.Count == 0 ? null : open[_random.Next(open.Count)];
    }

    private Course Popular()
    {
        var pick = _random.NextDouble() * _weights.Sum();
        for (var i = 0; i < _courses.Count; i++)
        {
            pick -= _weights[i];
            if (pick <= 0)
            {
                return _courses[i];
            }
        }

        return _courses[^1];
    }

    /// <summary>A moment of <paramref name="day"/> (Beijing time), evenings busiest; today only up to now.</summary>
    private DateTimeOffset? TimeOn(DateOnly day)
    {
        var start = Start(day);
        var at = start.AddHours(_random.NextDouble() < 0.45 ? _random.Next(19, 23) : _random.Next(7, 24)).AddMinutes(_random.Next(60));
        return at <= _now ? at : start < _now ? start + ((_now - start) * _random.NextDouble()) : null;
    }

    private DateTimeOffset Start(DateOnly day)
    {
        // Stored instants are UTC: SQLite compares them as stored, offset and all.
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    /// <summary>A client-reported event, recorded a moment after it happened (so never older than the tracking API accepts).</summary>
    private void Track(User user, BehaviourEventKind kind, Guid courseId, DateTimeOffset at, string context, Guid? lessonId = null, int? percent = null) =>
        _events.Add(BehaviourEvent.Track(user.Id, $"h{_events.Count}", kind, courseId, lessonId, percent, context, at, Recorded(at)));

    private void Record(User user, BehaviourEventKind kind, Guid courseId, string key, DateTimeOffset at) =>
        _events.Add(BehaviourEvent.RecordByServer(user.Id, key, kind, courseId, at, Recorded(at)));

    private DateTimeOffset Recorded(DateTimeOffset at) => at.AddSeconds(3) < _now ? at.AddSeconds(3) : _now;
}
