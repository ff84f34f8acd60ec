namespace KnowledgePay.Recommender.Features;

/// <summary>
/// The day cut into four blocks of six hours in the operator's time zone (ADR 0035): night 0–6, morning 6–12, afternoon
/// 12–18, evening 18–24. Block <c>i</c> is <see cref="Names"/>[i], so SQL can compute it as local minutes / 360 mod 4.
/// </summary>
public static class Daypart
{
    public const int MinutesPerPart = 360;

    public static readonly IReadOnlyList<string> Names = ["night", "morning", "afternoon", "evening"];

    public static string OfBlock(int block) => Names[block];

    public static string At(DateTimeOffset instant, TimeZoneInfo zone) =>
        Names[TimeZoneInfo.ConvertTime(instant, zone).Hour * 60 / MinutesPerPart];
}
