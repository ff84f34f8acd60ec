using KnowledgePay.Application.Analytics.Common;
using KnowledgePay.Domain.Analytics;
using KnowledgePay.Domain.Common;

namespace KnowledgePay.Application.UnitTests.Analytics;

public sealed class AnalyticsPeriodTests
{
    private const string Beijing = "Asia/Shanghai";

    [Theory]
    [InlineData("2026-03-10T15:29:00Z", "2026-03-10")]
    [InlineData("2026-03-10T15:30:00Z", "2026-03-10")]
    [InlineData("2026-03-10T15:59:59Z", "2026-03-10")]
    [InlineData("2026-03-10T16:00:00Z", "2026-03-11")]
    [InlineData("2026-03-09T16:00:00Z", "2026-03-10")]
    public void AnInstantFallsOnItsBeijingDay(string utc, string beijingDay)
    {
        var period = Resolve(new AnalyticsRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));

        var index = IndexOf(period, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(beijingDay, System.Globalization.CultureInfo.InvariantCulture), period.Buckets[index].Start);
    }

    [Fact]
    public void CoversFromLocalMidnightOfTheFirstDayToLocalMidnightAfterTheLast()
    {
        var period = Resolve(new AnalyticsRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
        var covers = period.Covers<DateTimeOffset>(t => t).Compile();

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero), period.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero), period.EndsAt);
        Assert.True(covers(period.StartsAt));
        Assert.False(covers(period.StartsAt.AddTicks(-1)));
        Assert.False(covers(period.EndsAt));
    }

    [Fact]
    public void WeeksStartOnMondayWithPartialWeeksAtTheEnds()
    {
        var period = Resolve(new AnalyticsRange(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 17), AnalyticsBucket.Week));

        Assert.Equal(
            [(new DateOnly(2026, 3, 4), new DateOnly(2026, 3, 8)), (new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15)),
                (new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 17))],
            period.Buckets.Select(b => (b.Start, b.End)));
        Assert.Equal(0, IndexOf(period, new DateTimeOffset(2026, 3, 8, 23, 59, 0, TimeSpan.FromHours(8))));
        Assert.Equal(1, IndexOf(period, new DateTimeOffset(2026, 3, 9, 0, 0, 0, TimeSpan.FromHours(8))));
        Assert.Equal(2, IndexOf(period, new DateTimeOffset(2026, 3, 17, 23, 0, 0, TimeSpan.FromHours(8))));
    }

    [Fact]
    public void MonthsFollowTheCalendar()
    {
        var period = Resolve(new AnalyticsRange(new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 31), AnalyticsBucket.Month));

        Assert.Equal([new DateOnly(2026, 1, 15), new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], period.Buckets.Select(b => b.Start));
        Assert.Equal(0, IndexOf(period, new DateTimeOffset(2026, 1, 31, 23, 59, 0, TimeSpan.FromHours(8))));
        Assert.Equal(1, IndexOf(period, new DateTimeOffset(2026, 2, 28, 23, 59, 0, TimeSpan.FromHours(8))));
        Assert.Equal(2, IndexOf(period, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.FromHours(8))));
    }

    [Theory]
    [InlineData("2026-03-08T04:59:00Z", "2026-03-07")]
    [InlineData("2026-03-08T05:00:00Z", "2026-03-08")]
    [InlineData("2026-03-09T03:59:00Z", "2026-03-08")]
    [InlineData("2026-03-09T04:00:00Z", "2026-03-09")]
    [InlineData("2026-11-02T04:59:00Z", "2026-11-01")]
    [InlineData("2026-11-02T05:00:00Z", "2026-11-02")]
    public void DaysFollowDaylightSavingWhereTheZoneHasIt(string utc, string localDay)
    {
        var period = Resolve(new AnalyticsRange(new DateOnly(2026, 3, 1), new DateOnly(2026, 11, 30), TimeZone: "America/New_York"));

        var index = IndexOf(period, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(localDay, System.Globalization.CultureInfo.InvariantCulture), period.Buckets[index].Start);
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-01", AnalyticsBucket.Day, null, AnalyticsErrors.InvalidRangeCode)]
    [InlineData("2024-01-01", "2026-01-01", AnalyticsBucket.Month, null, AnalyticsErrors.RangeTooLongCode)]
    [InlineData("2025-01-01", "2026-03-01", AnalyticsBucket.Day, null, AnalyticsErrors.TooManyBucketsCode)]
    [InlineData("2026-03-01", "2026-03-20", AnalyticsBucket.Month, null, AnalyticsErrors.BucketLongerThanRangeCode)]
    [InlineData("2026-03-01", "2026-03-06", AnalyticsBucket.Week, null, AnalyticsErrors.BucketLongerThanRangeCode)]
    [InlineData("2026-03-01", "2026-03-31", AnalyticsBucket.Day, "Mars/Olympus", AnalyticsErrors.UnknownTimeZoneCode)]
    public void RefusesARangeItCannotCut(string from, string to, AnalyticsBucket bucket, string? timeZone, string code)
    {
        var range = new AnalyticsRange(
            DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            bucket,
            timeZone);

        Assert.Equal(code, Assert.Throws<DomainException>(() => Resolve(range)).Code);
    }

    [Fact]
    public void AYearByDayFitsAndTwoYearsByWeekFitWithAPartialLastWeek()
    {
        Assert.Equal(366, Resolve(new AnalyticsRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 12, 1))).Buckets.Count);
        Assert.Equal(105, Resolve(new AnalyticsRange(new DateOnly(2024, 12, 2), new DateOnly(2026, 12, 2), AnalyticsBucket.Week)).Buckets.Count);
    }

    private static AnalyticsPeriod Resolve(AnalyticsRange range) => AnalyticsPeriod.Resolve(range, Beijing);

    private static int IndexOf(AnalyticsPeriod period, DateTimeOffset instant) => period.BucketOf<DateTimeOffset>(t => t).Compile()(instant);
}
