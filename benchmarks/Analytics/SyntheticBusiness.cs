using KnowledgePay.Application.Analytics.Courses;
using KnowledgePay.Domain.Tracking;
using Npgsql;
using NpgsqlTypes;

namespace KnowledgePay.Analytics;

/// <summary>
/// Six months of a knowledge shop, made up with a fixed seed: one user per two orders (two in five of them signed up
/// before the span, buyers skewed to a heavy few), courses as popular as a Zipf law says, 3% wallet top-ups, 18% of
/// orders left unpaid, 8% with two courses, 4% fully and 1% partly refunded (plus a few refunds still processing).
/// Each order follows a view and a course-detail click; buyers start lessons and some finish the course. Browsing
/// fills the rest of the event budget. Ids are UUIDv7 in time order, as the product's own keys are.
/// </summary>
internal sealed class SyntheticBusiness(BenchmarkOptions options, IReadOnlyList<CataloguedCourse> courses)
{
    private static readonly string[] Cities = ["上海", "杭州", "北京", "深圳", "成都", "广州", "南京", "武汉"];
    private static readonly string[] AgeBands = ["Under18", "From18To24", "From25To34", "From35To44", "From45To54", "From55"];
    private static readonly long[] TopUps = [5_000, 10_000, 20_000, 50_000];
    private const string CourseDetail = CourseActivity.CourseDetailContext;

    private readonly Random _random = new(15);
    private readonly double[] _popularity = Zipf(courses.Count);
    private DateTime[] _signedUp = [];
    private Guid[] _users = [];
    private readonly HashSet<long> _learning = [];
    private long _events;

    public async Task LoadAsync(string connectionString)
    {
        var span = new Span(_random);
        await using var importers = await Importers.OpenAsync(connectionString);
        WriteUsers(importers.Users, span);
        for (var n = 0; n < options.Orders; n++)
        {
            WriteOrder(importers, span, n);
        }

        while (_events < options.Events)
        {
            Browse(importers.Events, span);
        }

        await importers.CompleteAsync();
    }

    private static double[] Zipf(int count)
    {
        var weights = Enumerable.Range(1, count).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var cumulative = 0.0;
        return weights.Select(w => cumulative += w / total).ToArray();
    }

    private void WriteUsers(NpgsqlBinaryImporter users, Span span)
    {
        var count = Math.Max(options.Orders / 2, 100);
        _users = new Guid[count];
        _signedUp = new DateTime[count];
        for (var i = 0; i < count; i++)
        {
            var signedUp = _random.NextDouble() < 0.4
                ? Span.StartsAt.AddMinutes(-_random.Next(1, 365 * 24 * 60))
                : span.InstantAfter(Span.StartsAt);
            (_users[i], _signedUp[i]) = (Guid.CreateVersion7(signedUp), signedUp);
            users.StartRow();
            users.Write(_users[i], NpgsqlDbType.Uuid);
            users.Write($"o_bench_{i}", NpgsqlDbType.Varchar);
            users.Write(new[] { "Learner" }, NpgsqlDbType.Array | NpgsqlDbType.Varchar);
            users.Write(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
            users.Write(true, NpgsqlDbType.Boolean);
            users.Write(signedUp, NpgsqlDbType.TimestampTz);
            users.Write(signedUp, NpgsqlDbType.TimestampTz);
            users.Write(AgeBands[i % AgeBands.Length], NpgsqlDbType.Varchar);
            users.Write("Unspecified", NpgsqlDbType.Varchar);
            users.Write(Cities[i % Cities.Length], NpgsqlDbType.Varchar);
            users.Write("bench", NpgsqlDbType.Varchar);
            users.Write(signedUp, NpgsqlDbType.TimestampTz);
        }
    }

    private void WriteOrder(Importers importers, Span span, int n)
    {
        // Three in five users ever buy, the first of them most often.
        var user = (int)(_users.Length * 0.6 * Math.Pow(_random.NextDouble(), 1.6));
        var createdAt = span.InstantAfter(_signedUp[user]);
        var orderId = Guid.CreateVersion7(createdAt);
        var topUp = _random.NextDouble() < 0.03;
        var paidAt = _random.NextDouble() < 0.82 ? createdAt.AddSeconds(_random.Next(5, 600)) : (DateTime?)null;
        var picked = topUp ? [] : Courses(_random.NextDouble() < 0.08 ? 2 : 1);
        var bought = picked.Select(i => courses[i]).ToArray();
        var amounts = topUp ? [TopUps[_random.Next(TopUps.Length)]] : bought.Select(c => c.PriceFen).ToArray();
        var lineIds = amounts.Select(_ => Guid.CreateVersion7(createdAt)).ToArray();
        var total = amounts.Sum();
        var refund = paidAt is { } paid && !topUp ? Refund(paid, amounts[0]) : null;
        var refundedFen = refund is { Completed: not null } ? refund.AmountFen : 0;

        var orders = importers.Orders;
        orders.StartRow();
        orders.Write(orderId, NpgsqlDbType.Uuid);
        orders.Write(_users[user], NpgsqlDbType.Uuid);
        orders.Write(topUp ? "余额充值" : bought[0].Title, NpgsqlDbType.Varchar);
        orders.Write($"KB{n:D12}", NpgsqlDbType.Varchar);
        orders.Write($"bench-{n}", NpgsqlDbType.Varchar);
        orders.Write(topUp || _random.NextDouble() < 0.8 ? "WeChatPayJsapi" : _random.NextDouble() < 0.6 ? "Balance" : "WeChatVirtualPayment",
            NpgsqlDbType.Varchar);
        orders.Write(
            paidAt is null ? "Closed" : refundedFen == 0 ? "Paid" : refundedFen == total ? "Refunded" : "PartiallyRefunded",
            NpgsqlDbType.Varchar);
        orders.Write(createdAt, NpgsqlDbType.TimestampTz);
        orders.Write(createdAt.AddMinutes(30), NpgsqlDbType.TimestampTz);
        orders.WriteNullable(paidAt is null ? "Expired" : null, NpgsqlDbType.Varchar);
        orders.WriteNullable(paidAt is null ? createdAt.AddMinutes(30) : (DateTime?)null, NpgsqlDbType.TimestampTz);
        orders.WriteNullable(paidAt is null ? null : $"T{n:D16}", NpgsqlDbType.Varchar);
        orders.WriteNullable(paidAt, NpgsqlDbType.TimestampTz);
        orders.Write(paidAt is null ? 0L : total, NpgsqlDbType.Bigint);
        orders.Write(refundedFen, NpgsqlDbType.Bigint);
        orders.Write(false, NpgsqlDbType.Boolean);
        orders.Write(1, NpgsqlDbType.Integer);
        orders.Write(total, NpgsqlDbType.Bigint);
        orders.Write("CNY", NpgsqlDbType.Char);

        for (var position = 0; position < amounts.Length; position++)
        {
            var lines = importers.Lines;
            lines.StartRow();
            lines.Write(lineIds[position], NpgsqlDbType.Uuid);
            lines.Write(orderId, NpgsqlDbType.Uuid);
            lines.Write(position, NpgsqlDbType.Integer);
            lines.Write(topUp ? "WalletTopUp" : "Course", NpgsqlDbType.Varchar);
            lines.Write(topUp ? Guid.CreateVersion7(createdAt) : bought[position].Id, NpgsqlDbType.Uuid);
            lines.Write(topUp ? "余额充值" : bought[position].Title, NpgsqlDbType.Varchar);
            lines.Write(amounts[position], NpgsqlDbType.Bigint);
            lines.Write(amounts[position], NpgsqlDbType.Bigint);
            lines.Write(position == 0 ? refundedFen : 0L, NpgsqlDbType.Bigint);
            lines.Write(false, NpgsqlDbType.Boolean);
        }

        if (refund is not null)
        {
            WriteRefund(importers, orderId, lineIds[0], n, refund);
        }

        for (var position = 0; position < picked.Length; position++)
        {
            Follow(importers, user, picked[position], createdAt, paidAt, position == 0 ? refund?.Completed : null);
        }
    }

    private int[] Courses(int count)
    {
        var first = Course();
        var second = Course();
        return count == 1 || first == second ? [first] : [first, second];
    }

    /// <summary>The index of a course drawn by popularity.</summary>
    private int Course()
    {
        var index = Array.BinarySearch(_popularity, _random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, courses.Count - 1);
    }

    private PlannedRefund? Refund(DateTime paidAt, long lineFen)
    {
        var roll = _random.NextDouble();
        var requestedAt = paidAt.AddMinutes(_random.Next(10, 5 * 24 * 60));
        DateTime? completedAt = requestedAt.AddMinutes(_random.Next(1, 120)) is var done && done < Span.EndsAt ? done : null;
        return roll switch
        {
            < 0.04 => new PlannedRefund(lineFen, requestedAt, completedAt),
            < 0.05 => new PlannedRefund(lineFen / 2, requestedAt, completedAt),
            < 0.053 => new PlannedRefund(lineFen, requestedAt, null),
            _ => null,
        };
    }

    private void WriteRefund(Importers importers, Guid orderId, Guid lineId, int n, PlannedRefund refund)
    {
        var refundId = Guid.CreateVersion7(refund.RequestedAt);
        var refunds = importers.Refunds;
        refunds.StartRow();
        refunds.Write(refundId, NpgsqlDbType.Uuid);
        refunds.Write(orderId, NpgsqlDbType.Uuid);
        refunds.Write($"RB{n:D12}", NpgsqlDbType.Varchar);
        refunds.Write(refund.AmountFen, NpgsqlDbType.Bigint);
        refunds.Write("不想学了", NpgsqlDbType.Varchar);
        refunds.Write(refund.Completed is null ? "Processing" : "Succeeded", NpgsqlDbType.Varchar);
        refunds.Write(Guid.Empty, NpgsqlDbType.Uuid);
        refunds.Write(refund.RequestedAt, NpgsqlDbType.TimestampTz);
        refunds.WriteNullable(refund.Completed, NpgsqlDbType.TimestampTz);
        refunds.WriteNullable(refund.Completed is null ? null : $"R{n:D16}", NpgsqlDbType.Varchar);
        importers.RefundLines.StartRow();
        importers.RefundLines.Write(refundId, NpgsqlDbType.Uuid);
        importers.RefundLines.Write(lineId, NpgsqlDbType.Uuid);
        importers.RefundLines.Write(refund.AmountFen, NpgsqlDbType.Bigint);
    }

    /// <summary>
    /// The trail of one course in an order: seen in a feed, its page opened, bought, then lessons until the learner stops
    /// (as events, and as the learning feature's openings and progress rows, once per learner and course).
    /// </summary>
    private void Follow(Importers importers, int user, int courseIndex, DateTime orderedAt, DateTime? paidAt, DateTime? refundedAt)
    {
        var (events, learner, course) = (importers.Events, _users[user], courses[courseIndex]);
        Event(events, learner, BehaviourEventKind.View, course.Id, null, null, "feed", orderedAt.AddMinutes(-_random.Next(30, 3 * 24 * 60)));
        var opened = orderedAt.AddMinutes(-_random.Next(1, 30));
        Event(events, learner, BehaviourEventKind.View, course.Id, null, null, CourseDetail, opened);
        if (_random.NextDouble() < 0.5)
        {
            Event(events, learner, BehaviourEventKind.Click, course.Id, null, null, "feed", opened.AddSeconds(-1));
        }

        if (paidAt is not { } paid)
        {
            return;
        }

        Event(events, learner, BehaviourEventKind.Purchase, course.Id, null, null, null, paid);
        if (refundedAt is { } refunded)
        {
            Event(events, learner, BehaviourEventKind.Refund, course.Id, null, null, null, refunded);
        }

        if (!_learning.Add(((long)user * courses.Count) + courseIndex))
        {
            return;
        }

        var at = paid;
        for (var lesson = 0; lesson < course.Lessons.Length && _random.NextDouble() < (lesson == 0 ? 0.7 : 0.75); lesson++)
        {
            at = at.AddMinutes(_random.Next(5, 3 * 24 * 60));
            if (at >= Span.EndsAt)
            {
                return;
            }

            var lessonId = course.Lessons[lesson];
            var completed = _random.NextDouble() < 0.85;
            Event(events, learner, BehaviourEventKind.LessonStart, course.Id, lessonId, null, "lesson", at);
            if (_random.NextDouble() < 0.3)
            {
                Event(events, learner, BehaviourEventKind.Progress, course.Id, lessonId, 50, "lesson", at.AddMinutes(5));
            }

            if (completed)
            {
                Event(events, learner, BehaviourEventKind.LessonComplete, course.Id, lessonId, null, "lesson", at.AddMinutes(10));
            }

            WriteLearning(importers, learner, course.Id, lessonId, at, completed);
        }
    }

    private void WriteLearning(Importers importers, Guid learner, Guid courseId, Guid lessonId, DateTime openedAt, bool completed)
    {
        var openings = importers.Openings;
        openings.StartRow();
        openings.Write(Guid.CreateVersion7(openedAt), NpgsqlDbType.Uuid);
        openings.Write(learner, NpgsqlDbType.Uuid);
        openings.Write(courseId, NpgsqlDbType.Uuid);
        openings.Write(lessonId, NpgsqlDbType.Uuid);
        openings.Write(openedAt, NpgsqlDbType.TimestampTz);
        var progress = importers.Progress;
        var updatedAt = openedAt.AddMinutes(completed ? 10 : 5);
        progress.StartRow();
        progress.Write(Guid.CreateVersion7(openedAt), NpgsqlDbType.Uuid);
        progress.Write(learner, NpgsqlDbType.Uuid);
        progress.Write(courseId, NpgsqlDbType.Uuid);
        progress.Write(lessonId, NpgsqlDbType.Uuid);
        progress.Write(completed ? 100 : 50, NpgsqlDbType.Integer);
        progress.Write(_random.Next(60, 1800), NpgsqlDbType.Integer);
        progress.WriteNullable(completed ? updatedAt : (DateTime?)null, NpgsqlDbType.TimestampTz);
        progress.Write(updatedAt, NpgsqlDbType.TimestampTz);
    }

    /// <summary>Someone looking around: mostly views in feeds and search, some opening a course, a few favourites and shares.</summary>
    private void Browse(NpgsqlBinaryImporter events, Span span)
    {
        var user = _random.Next(_users.Length);
        var course = courses[Course()];
        var at = span.InstantAfter(_signedUp[user]);
        var roll = _random.NextDouble();
        var (kind, context) = roll switch
        {
            < 0.72 => (BehaviourEventKind.View, roll < 0.45 ? "feed" : roll < 0.62 ? "search" : CourseDetail),
            < 0.92 => (BehaviourEventKind.Click, "feed"),
            < 0.97 => (BehaviourEventKind.Favourite, "course"),
            _ => (BehaviourEventKind.Share, "course"),
        };
        Event(events, _users[user], kind, course.Id, null, null, context, at);
    }

    private void Event(
        NpgsqlBinaryImporter events, Guid user, BehaviourEventKind kind, Guid course, Guid? lesson, int? progress, string? context, DateTime at)
    {
        if (at >= Span.EndsAt || _events >= options.Events)
        {
            return;
        }

        events.StartRow();
        events.Write(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
        events.Write(user, NpgsqlDbType.Uuid);
        events.Write($"e{_events++:x}", NpgsqlDbType.Varchar);
        events.Write(kind.ToString(), NpgsqlDbType.Varchar);
        events.Write(course, NpgsqlDbType.Uuid);
        events.WriteNullable(lesson, NpgsqlDbType.Uuid);
        events.WriteNullable(progress, NpgsqlDbType.Integer);
        events.WriteNullable(context, NpgsqlDbType.Varchar);
        events.Write(at, NpgsqlDbType.TimestampTz);
        events.Write(BehaviourEvent.DayNumber(new DateTimeOffset(at)), NpgsqlDbType.Integer);
        events.Write(at.AddSeconds(_random.Next(1, 30)), NpgsqlDbType.TimestampTz);
    }

    private sealed record PlannedRefund(long AmountFen, DateTime RequestedAt, DateTime? Completed);
}
