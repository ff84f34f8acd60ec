namespace KnowledgePay.Domain.Campaigns;

/// <summary>Whole local hours [start, end) in which no message goes out; a window may wrap midnight (22 → 8).</summary>
public readonly record struct QuietHours(int Start, int End)
{
    public static QuietHours Of(int start, int end) =>
        start is < 0 or > 23 || end is < 0 or > 23 || start == end ? throw CampaignErrors.InvalidQuietHours() : new(start, end);

    public bool Contains(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var hour = TimeZoneInfo.ConvertTime(instant, zone).Hour;
        return Start < End ? hour >= Start && hour < End : hour >= Start || hour < End;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> outside the quiet hours.</summary>
    public DateTimeOffset EndAfter(DateTimeOffset instant, TimeZoneInfo zone)
    {
        if (!Contains(instant, zone))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var end = new DateTimeOffset(local.Year, local.Month, local.Day, End, 0, 0, local.Offset);
        return end > local ? end.ToUniversalTime() : end.AddDays(1).ToUniversalTime();
    }
}
