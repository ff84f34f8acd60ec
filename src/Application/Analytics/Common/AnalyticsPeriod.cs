using System.Linq.Expressions;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Domain.Analytics;

namespace KnowledgePay.Application.Analytics.Common;

/// <summary>
/// An <see cref="AnalyticsRange"/> checked and placed in its time zone: the UTC instants it covers, its buckets, and the
/// SQL-translatable expressions that filter rows to it (<see cref="Covers{T}"/>) and key them by bucket
/// (<see cref="BucketOf{T}"/>), so every metric groups in the database by the operator's calendar, not UTC's.
/// </summary>
public sealed class AnalyticsPeriod
{
    private const int MinutesPerDay = 24 * 60;
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    private readonly IReadOnlyList<(long FromMinute, int OffsetMinutes)> _offsets;

    private AnalyticsPeriod(AnalyticsRange range, TimeZoneInfo zone)
    {
        Zone = zone;
        Bucket = range.Bucket;
        From = range.From;
        To = range.To;
        StartsAt = LocalMidnight(zone, range.From);
        EndsAt = LocalMidnight(zone, range.To.AddDays(1));
        _offsets = OffsetsBetween(zone, range.From, range.To.AddDays(1));
        Buckets = Cut(range, zone);
    }

    public TimeZoneInfo Zone { get; }

    public AnalyticsBucket Bucket { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>Local midnight at the start of <see cref="From"/>, in UTC.</summary>
    public DateTimeOffset StartsAt { get; }

    /// <summary>Local midnight after <see cref="To"/>, in UTC (excluded).</summary>
    public DateTimeOffset EndsAt { get; }

    public IReadOnlyList<AnalyticsPeriodBucket> Buckets { get; }

    /// <summary>Checks <paramref name="range"/> against the limits and resolves its time zone (or <paramref name="defaultTimeZone"/>).</summary>
    public static AnalyticsPeriod Resolve(AnalyticsRange range, string defaultTimeZone)
    {
        var zone = FindZone(range.TimeZone ?? defaultTimeZone);
        if (range.To < range.From)
        {
            throw AnalyticsErrors.InvalidRange(range.From, range.To);
        }

        var days = range.To.DayNumber - range.From.DayNumber + 1;
        if (days > AnalyticsLimits.MaxDays)
        {
            throw AnalyticsErrors.RangeTooLong(days);
        }

        var bucketName = range.Bucket.ToString().ToUpperInvariant();
        if (days < ShortestLength(range.Bucket))
        {
            throw AnalyticsErrors.BucketLongerThanRange(bucketName, days);
        }

        var period = new AnalyticsPeriod(range, zone);
        return period.Buckets.Count > AnalyticsLimits.MaxBuckets
            ? throw AnalyticsErrors.TooManyBuckets(period.Buckets.Count, bucketName)
            : period;
    }

    /// <summary>The local date <paramref name="instant"/> falls on in this period's time zone.</summary>
    public DateOnly LocalDateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary><c>row =&gt; StartsAt &lt;= instant(row) &amp;&amp; instant(row) &lt; EndsAt</c>: a range filter an index on the instant serves.</summary>
    public Expression<Func<T, bool>> Covers<T>(Expression<Func<T, DateTimeOffset>> instant)
    {
        var at = instant.Body;
        var covered = Expression.AndAlso(
            Expression.GreaterThanOrEqual(at, Expression.Constant(StartsAt)),
            Expression.LessThan(at, Expression.Constant(EndsAt)));
        return Expression.Lambda<Func<T, bool>>(covered, instant.Parameters);
    }

    /// <summary>
    /// <c>row =&gt; </c> the <see cref="AnalyticsPeriodBucket.Index"/> of the bucket <paramref name="instant"/> falls in, as
    /// integer arithmetic on its minutes since the epoch (days and weeks) or a CASE over month starts, both in SQL.
    /// Rows outside the period get indexes outside the buckets: filter with <see cref="Covers{T}"/> first.
    /// </summary>
    public Expression<Func<T, int>> BucketOf<T>(Expression<Func<T, DateTimeOffset>> instant)
    {
        var localDay = LocalDayNumber(instant.Body);
        var firstDay = Expression.Constant((long)(From.DayNumber - EpochDayNumber));
        Expression index = Bucket switch
        {
            AnalyticsBucket.Day => Expression.Subtract(localDay, firstDay),
            AnalyticsBucket.Week => Expression.Subtract(WeekNumber(localDay), WeekNumber(firstDay)),
            _ => MonthIndex(localDay),
        };
        return Expression.Lambda<Func<T, int>>(Expression.Convert(index, typeof(int)), instant.Parameters);
    }

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw AnalyticsErrors.UnknownTimeZone(id);
        }
    }

    private static int ShortestLength(AnalyticsBucket bucket) => bucket switch
    {
        AnalyticsBucket.Day => 1,
        AnalyticsBucket.Week => 7,
        _ => 28,
    };

    /// <summary>The first instant of <paramref name="date"/> there: midnight, or the first valid minute after a gap at midnight.</summary>
    private static DateTimeOffset LocalMidnight(TimeZoneInfo zone, DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The zone's UTC offset through the period, with the minute each change takes effect (one entry in most zones).</summary>
    private static List<(long FromMinute, int OffsetMinutes)> OffsetsBetween(TimeZoneInfo zone, DateOnly from, DateOnly end)
    {
        var offsets = new List<(long FromMinute, int OffsetMinutes)> { (long.MinValue, OffsetAt(zone, EpochMinute(LocalMidnight(zone, from)))) };
        for (var day = from; day < end; day = day.AddDays(1))
        {
            var (first, last) = (EpochMinute(LocalMidnight(zone, day)), EpochMinute(LocalMidnight(zone, day.AddDays(1))));
            if (OffsetAt(zone, last) == offsets[^1].OffsetMinutes)
            {
                continue;
            }

            while (last - first > 1)
            {
                var middle = first + ((last - first) / 2);
                (first, last) = OffsetAt(zone, middle) == offsets[^1].OffsetMinutes ? (middle, last) : (first, middle);
            }

            offsets.Add((last, OffsetAt(zone, last)));
        }

        return offsets;
    }

    private static long EpochMinute(DateTimeOffset instant) => SqlTime.EpochMinutes(instant);

    private static int OffsetAt(TimeZoneInfo zone, long epochMinute) =>
        (int)zone.GetUtcOffset(DateTimeOffset.UnixEpoch.AddMinutes(epochMinute)).TotalMinutes;

    private static List<AnalyticsPeriodBucket> Cut(AnalyticsRange range, TimeZoneInfo zone)
    {
        var buckets = new List<AnalyticsPeriodBucket>();
        var start = range.From;
        while (start <= range.To)
        {
            var next = NextBoundary(start, range.Bucket);
            var end = next.AddDays(-1) < range.To ? next.AddDays(-1) : range.To;
            buckets.Add(new AnalyticsPeriodBucket(buckets.Count, start, end, LocalMidnight(zone, start), LocalMidnight(zone, end.AddDays(1))));
            start = end.AddDays(1);
        }

        return buckets;
    }

    private static DateOnly NextBoundary(DateOnly date, AnalyticsBucket bucket) => bucket switch
    {
        AnalyticsBucket.Day => date.AddDays(1),
        AnalyticsBucket.Week => date.AddDays(7 - (((int)date.DayOfWeek + 6) % 7)),
        _ => new DateOnly(date.Year, date.Month, 1).AddMonths(1),
    };

    /// <summary>(minutes since the epoch + the zone's offset then) / 1440: the local day, counted from 1970-01-01.</summary>
    private Expression LocalDayNumber(Expression instant)
    {
        var minutes = Expression.Call(typeof(SqlTime).GetMethod(nameof(SqlTime.EpochMinutes))!, instant);
        Expression offset = Expression.Constant((long)_offsets[^1].OffsetMinutes);
        for (var i = _offsets.Count - 1; i > 0; i--)
        {
            offset = Expression.Condition(
                Expression.LessThan(minutes, Expression.Constant(_offsets[i].FromMinute)),
                Expression.Constant((long)_offsets[i - 1].OffsetMinutes),
                offset);
        }

        return Expression.Divide(Expression.Add(minutes, offset), Expression.Constant((long)MinutesPerDay));
    }

    /// <summary>Weeks since the Monday before 1970-01-01 (a Thursday): (day + 3) / 7.</summary>
    private static BinaryExpression WeekNumber(Expression dayNumber) =>
        Expression.Divide(Expression.Add(dayNumber, Expression.Constant(3L)), Expression.Constant(7L));

    private Expression MonthIndex(Expression localDay)
    {
        Expression index = Expression.Constant((long)Buckets[^1].Index);
        for (var i = Buckets.Count - 1; i > 0; i--)
        {
            index = Expression.Condition(
                Expression.LessThan(localDay, Expression.Constant((long)(Buckets[i].Start.DayNumber - EpochDayNumber))),
                Expression.Constant((long)Buckets[i - 1].Index),
                index);
        }

        return index;
    }
}
