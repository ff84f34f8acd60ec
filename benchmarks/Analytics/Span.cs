namespace KnowledgePay.Analytics;

/// <summary>
/// The six months of synthetic business (Beijing dates 2026-06-01 to 2026-11-30), and instants in it that follow a
/// mini program's day: quiet at night, a lunch bump, busiest in the evening (Beijing time).
/// </summary>
internal sealed class Span(Random random)
{
    public static readonly DateOnly From = new(2026, 6, 1);
    public static readonly DateOnly To = new(2026, 11, 30);

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly int[] HourWeights = [3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 7, 8, 10, 9, 7, 7, 7, 8, 9, 11, 14, 15, 12, 7];
    private static readonly int HourWeightTotal = HourWeights.Sum();

    public static DateTime StartsAt { get; } = new DateTimeOffset(From.ToDateTime(TimeOnly.MinValue), Beijing).UtcDateTime;

    public static DateTime EndsAt { get; } = new DateTimeOffset(To.AddDays(1).ToDateTime(TimeOnly.MinValue), Beijing).UtcDateTime;

    /// <summary>An instant on a uniformly chosen Beijing day from <paramref name="notBefore"/>'s to the span's last, at a typical hour.</summary>
    public DateTime InstantAfter(DateTime notBefore)
    {
        var first = notBefore < StartsAt ? StartsAt : notBefore;
        var firstDay = (int)(first - StartsAt).TotalDays;
        var lastDay = (int)(EndsAt - StartsAt).TotalDays - 1;
        var day = random.Next(Math.Min(firstDay, lastDay), lastDay + 1);
        var at = StartsAt.AddDays(day).AddHours(Hour()).AddSeconds(random.Next(3600));
        return at < first ? first.AddSeconds(random.Next(1, 600)) : at;
    }

    private int Hour()
    {
        var pick = random.Next(HourWeightTotal);
        var hour = 0;
        while (pick >= HourWeights[hour])
        {
            pick -= HourWeights[hour++];
        }

        return hour;
    }
}
