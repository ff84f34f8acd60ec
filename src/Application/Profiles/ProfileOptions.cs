namespace KnowledgePay.Application.Profiles;

/// <summary>Section <c>Profiles</c>: how fast behaviour fades from user profiles and course popularity.</summary>
public sealed class ProfileOptions
{
    public const string SectionName = "Profiles";

    /// <summary>Events older than this many half-lives (weight below 1/64) are not read at all.</summary>
    public const int LookbackHalfLives = 6;

    /// <summary>After this many days an event counts half as much.</summary>
    public double HalfLifeDays { get; set; } = 30;

    public int LookbackDays => (int)Math.Ceiling(HalfLifeDays * LookbackHalfLives);
}
